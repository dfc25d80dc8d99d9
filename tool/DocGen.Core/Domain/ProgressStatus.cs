namespace DocGen.Domain;

/// <summary>进展 as a unit reports it in progress.csv.</summary>
internal enum ProgressStatus
{
    Completed,
    InProgress,
    NotStarted,
    NotApplicable,
}
