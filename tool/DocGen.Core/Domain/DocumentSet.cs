namespace DocGen.Domain;

/// <summary>A bound, checked document set: everything the documents are made from.</summary>
public sealed record DocumentSet(
    DocumentFacts Facts,
    UnitRegistry Units,
    IReadOnlyList<WorkTask> Tasks,
    IReadOnlyList<Phase> Phases,
    IReadOnlyList<ProgressEntry> Progress);
