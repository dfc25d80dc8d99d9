using DocGen.Diagnostics;

namespace DocGen.Loading;

/// <summary>
/// Every cell of a merged range reads as its top-left cell: the way offices write “same as above”. A range fills
/// only the rows and columns that hold text elsewhere in the sheet, so <c>A70:ALL100069</c> below a 60-row table
/// fills nothing; what is left is capped at <see cref="XlsxLimits.MergedCells"/>.
/// </summary>
internal static class XlsxMergedCells
{
    public static void Fill(XlsxSheet sheet, SourceLocation at)
    {
        if (sheet.Cells.Count == 0 || sheet.Merges.Count == 0)
            return;
        var rows = sheet.Cells.Keys.Select(k => k.Row).Distinct().Order().ToArray();
        var columns = sheet.Cells.Keys.Select(k => k.Column).Distinct().Order().ToArray();
        var left = XlsxLimits.MergedCells;
        foreach (var merge in sheet.Merges)
        {
            var (firstRow, endRow) = Span(rows, merge.From.Row, merge.To.Row);
            var (firstColumn, endColumn) = Span(columns, merge.From.Column, merge.To.Column);
            var count = (long)(endRow - firstRow) * (endColumn - firstColumn);
            // Counted before filling, so a sheet over the cap is refused without allocating for it.
            if (count > left)
                throw new WorkbookRejectedException(DiagnosticIds.WorkbookMergeTooLarge,
                    $"合并单元格（到“{merge.Reference}”为止）要展开成的格子超过 {XlsxLimits.MergedCells} 个，远多于表格本身：文件可能已损坏。"
                    + "请在 Excel/WPS 中取消多余的合并后另存，或改用 CSV 文件。", at);
            left -= (int)count;
            var filled = sheet.Cells.TryGetValue(merge.From, out var value);
            for (var r = firstRow; r < endRow; r++)
                for (var c = firstColumn; c < endColumn; c++)
                    if (!filled)
                        sheet.Cells.Remove((rows[r], columns[c]));
                    else
                        sheet.Cells[(rows[r], columns[c])] = value;
        }
    }

    /// <returns>The indexes in <paramref name="sorted"/> of the values from <paramref name="first"/> to <paramref name="last"/>, end exclusive.</returns>
    private static (int Start, int End) Span(int[] sorted, int first, int last)
    {
        var start = Array.BinarySearch(sorted, first);
        var end = Array.BinarySearch(sorted, last);
        start = start >= 0 ? start : ~start;
        end = end >= 0 ? end + 1 : ~end;
        return (start, Math.Max(start, end));
    }
}
