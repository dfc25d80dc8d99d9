using DocGen.Diagnostics;
using DocGen.Domain;
using DocGen.Loading;

namespace DocGen.Binding;

/// <summary>
/// Everything the binders could read, even where some of it was wrong, so the consistency rules can report all
/// problems at once. <see cref="Facts"/> is null when the manifest's dates or number could not be read.
/// </summary>
public sealed record BoundSet(
    Manifest Manifest,
    DocumentFacts? Facts,
    UnitRegistry Units,
    IReadOnlyList<WorkTask> Tasks,
    IReadOnlyList<Phase> Phases,
    IReadOnlyList<ProgressEntry> Progress,
    IReadOnlyList<RegisteredNumber> Register)
{
    /// <summary>progress.csv (or its worksheet) and how many rows it has; none yet while the plan is being drafted.</summary>
    public (SourceLocation File, int Rows)? ProgressTable { get; init; }

    public DocumentSet? ToDocumentSet() => Facts is null ? null : new DocumentSet(Facts, Units, Tasks, Phases, Progress);
}
