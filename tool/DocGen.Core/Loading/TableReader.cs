using System.Text;
using DocGen.Diagnostics;

namespace DocGen.Loading;

/// <summary>
/// Finds a table of the set: <c>tasks.csv</c> if present, else a sheet named 任务分工 (or <c>tasks</c>) in a workbook
/// (<c>*.xlsx</c>) of the folder. Excel's lock files (<c>~$*.xlsx</c>) are not workbooks.
/// </summary>
internal sealed class TableReader(DiagnosticBag diagnostics, Encoding? encoding)
{
    public CsvTable? Read(string folder, string displayFolder, string stem, string sheet, IReadOnlyList<string> columns, bool optional = false)
    {
        var csv = Path.Combine(folder, stem + ".csv");
        if (File.Exists(csv))
            return new CsvTableLoader(diagnostics, encoding).Load(csv, Path.Combine(displayFolder, stem + ".csv"), columns);

        var workbooks = Directory.GetFiles(folder, "*.xlsx")
            .Where(f => !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (var workbook in workbooks)
        {
            var table = new XlsxTableLoader(diagnostics).Load(workbook, Path.Combine(displayFolder, Path.GetFileName(workbook)), [sheet, stem], columns, out var found);
            if (found)
                return table;
        }

        if (!optional)
            diagnostics.Error(DiagnosticIds.FileMissing, new SourceLocation(Path.Combine(displayFolder, stem + ".csv")),
                $"找不到“{stem}.csv”，文件集中的 .xlsx 工作簿里也没有名为“{sheet}”的工作表；请提供其中之一（可用 docgen init 生成示例）。");
        return null;
    }
}
