using DocGen.Diagnostics;

namespace DocGen.Import;

/// <summary>A Word table: rows of cells as laid out on the grid, in reading order.</summary>
internal sealed record SourceTable(IReadOnlyList<IReadOnlyList<SourceCell>> Rows, SourceLocation Location) : SourceBlock(Location)
{
    /// <summary>The number of grid columns of the widest row.</summary>
    public int Width => Rows.Count == 0 ? 0 : Rows.Max(r => r.Sum(c => c.Span));
}
