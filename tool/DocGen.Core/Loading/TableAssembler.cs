using DocGen.Diagnostics;

namespace DocGen.Loading;

/// <summary>Turns raw records (CSV lines or sheet rows) into a table: header, required columns, blank rows skipped.</summary>
internal static class TableAssembler
{
    /// <param name="records">Each record's line (or sheet row) and its trimmed cells.</param>
    /// <returns>The table, or null after reporting an empty file or missing columns.</returns>
    public static InputTable? Assemble(string displayPath, string? sheet, IReadOnlyList<(int Line, SparseValues Values)> records,
        IReadOnlyList<string> requiredColumns, DiagnosticBag diagnostics)
    {
        var start = new SourceLocation(displayPath, records.Count > 0 ? records[0].Line : 1, 1) { Sheet = sheet };
        if (records.Count == 0)
        {
            diagnostics.Error(DiagnosticIds.ColumnMissing, start, $"表格是空的，第一行应为表头：{string.Join(",", requiredColumns)}。");
            return null;
        }

        var header = records[0].Values.Select(h => h.TrimStart('\uFEFF')).ToArray();
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
            columns.TryAdd(header[i], i);
        var missing = requiredColumns.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            diagnostics.Error(DiagnosticIds.ColumnMissing, start,
                $"表头缺少列“{string.Join("”“", missing)}”；表头应为：{string.Join(",", requiredColumns)}。");
            return null;
        }

        // Rows keep their sparse cells: a wide header costs nothing per row.
        var rows = records.Skip(1)
            .Where(r => !r.Values.IsEmpty)
            .Select(r => new InputRow(displayPath, r.Line, columns, r.Values) { Sheet = sheet })
            .ToList();
        return new InputTable(displayPath, rows);
    }
}
