namespace DocGen.Loading;

/// <summary>
/// The cells of a worksheet that hold text (trimmed, never empty), by 1-based row and column, and its merged
/// ranges. Memory follows the cells the file really has, not the area they spread over.
/// </summary>
internal sealed class XlsxSheet
{
    public Dictionary<(int Row, int Column), XlsxValue> Cells { get; } = [];

    public List<XlsxMerge> Merges { get; } = [];

    /// <summary>The rows that hold text, in order, each with only its cells (0-based columns, as a table counts them).</summary>
    public List<(int Line, SparseValues Values)> Records() =>
        Cells.GroupBy(cell => cell.Key.Row)
            .OrderBy(row => row.Key)
            .Select(row => (row.Key, SparseValues.FromCells(row.Select(cell => (cell.Key.Column - 1, cell.Value)))))
            .ToList();
}
