using DocGen.Diagnostics;

namespace DocGen.Domain;

/// <summary>What one unit reports on one task (a row of progress.csv).</summary>
internal sealed record ProgressEntry(WorkTask Task, Unit Unit, ProgressStatus Status, string Practice, string Problems, string NextSteps)
{
    public SourceLocation? Location { get; init; }

    /// <summary>The unit as the row wrote it (full name or an alias).</summary>
    public string WrittenUnit { get; init; } = "";
}
