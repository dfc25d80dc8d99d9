using DocGen.Diagnostics;

namespace DocGen.Import;

/// <summary>A task as found, with the values tasks.csv writes; empty strings where the source says nothing.</summary>
public sealed record ImportedTask(
    string Category, string Item, string Score, string Text, IReadOnlyList<string> Leads, IReadOnlyList<string> Partners,
    string Deadline, SourceLocation Location)
{
    /// <summary>The source named only 责任单位 and the first was taken as the lead.</summary>
    public bool LeadFromPartners { get; init; }
}
