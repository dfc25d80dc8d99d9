namespace DocGen.Model;

/// <summary>One row of a count table: a 类别 or a unit with its tasks by 进展.</summary>
internal sealed record StatusCountModel(string Name, int Total, int Lead, int Partner, int Completed, int InProgress, int NotStarted, int NotApplicable, int Unreported) : ITemplateModel;
