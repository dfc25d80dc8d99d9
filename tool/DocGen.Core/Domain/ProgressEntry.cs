namespace DocGen.Domain;

/// <summary>What one unit reports on one task (a row of progress.csv).</summary>
public sealed record ProgressEntry(WorkTask Task, Unit Unit, ProgressStatus Status, string Practice, string Problems, string NextSteps);
