using DocGen.Diagnostics;

namespace DocGen.Loading;

/// <summary>A cell's trimmed text and where it stands, so later stages can point at it.</summary>
public sealed record CsvCell(string Value, SourceLocation Location)
{
    public bool IsEmpty => Value.Length == 0;
}
