using DocGen.Diagnostics;

namespace DocGen.Import;

/// <summary>
/// One table cell: its text (paragraphs joined by line breaks), where it is (table, row and grid column, 1-based),
/// how many grid columns it spans, and whether Word merges it with the cell above (<c>w:vMerge</c> continue).
/// </summary>
internal sealed record SourceCell(string Text, SourceLocation Location, int Table, int Row, int Column, int Span, bool ContinuesAbove)
{
    /// <summary>“表2第3行第4列”, for messages that point at a cell.</summary>
    public string Address => $"表{Table}第{Row}行第{Column}列";
}
