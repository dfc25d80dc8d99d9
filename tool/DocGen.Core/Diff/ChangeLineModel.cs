using DocGen.Model;

namespace DocGen.Diff;

/// <summary>One change, as one sentence without its full stop (the template ends it).</summary>
internal sealed record ChangeLineModel(string Text) : ITemplateModel;
