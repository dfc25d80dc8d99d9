using DocGen.Diagnostics;

namespace DocGen.Domain;

/// <summary>
/// The set as binding leaves it: every value parsed once and typed, each with where it was written. The rules check
/// it and the model stage renders it; no later stage sees a file, a manifest key or a column header.
/// </summary>
/// <param name="Facts">The manifest's facts; null when some of them could not be read (binding said why).</param>
/// <param name="Sources">Where and how the manifest wrote its facts, for the rules that judge the writing itself.</param>
internal sealed record DocumentSet(
    DocumentFacts? Facts,
    FactSources Sources,
    UnitRegistry Units,
    IReadOnlyList<WorkTask> Tasks,
    IReadOnlyList<Phase> Phases,
    IReadOnlyList<ProgressEntry> Progress,
    IReadOnlyList<RegisteredNumber> Register,
    FontMap Fonts,
    UnitNameStyle UnitNames)
{
    /// <summary>The 进展 table and how many rows it has; none yet while the plan is being drafted.</summary>
    public (SourceLocation File, int Rows)? ProgressTable { get; init; }

    /// <summary>The office's own 版头 document (a .docx or .dotx in the set folder) as the manifest names it; none by default.</summary>
    public WrittenText? OfficeHeader { get; init; }

    /// <summary>The facts of a set bound without errors: the only kind the model stage is given.</summary>
    public DocumentFacts CheckedFacts =>
        Facts ?? throw new InvalidOperationException("A set whose facts could not be read has no documents; binding reported why.");
}
