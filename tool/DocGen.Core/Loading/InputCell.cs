using DocGen.Diagnostics;

namespace DocGen.Loading;

/// <summary>A cell's trimmed text and where it stands, so later stages can point at it.</summary>
internal sealed record InputCell(string Value, SourceLocation Location)
{
    /// <summary>The date a worksheet cell holds as a date (its text is that date in Chinese); null in a CSV file.</summary>
    public DateOnly? Date { get; init; }

    public bool IsEmpty => Value.Length == 0;
}
