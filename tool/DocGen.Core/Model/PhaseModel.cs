namespace DocGen.Model;

/// <summary>A 工作步骤 with its span as printed, e.g. <c>2023年2月—12月</c>.</summary>
internal sealed record PhaseModel(string Name, string Span, string Content) : ITemplateModel;
