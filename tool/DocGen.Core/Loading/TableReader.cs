using System.Text;
using DocGen.Diagnostics;

namespace DocGen.Loading;

/// <summary>
/// Finds a table of the set: <c>tasks.csv</c> if present, else a sheet named 任务分工 (or <c>tasks</c>) in a workbook
/// (<c>*.xlsx</c>) of the folder, and only one may hold it (DG1014). Excel's lock files (<c>~$*.xlsx</c>) are not workbooks. Each workbook is opened
/// once for all the tables of the set, so a damaged one is reported once, not once per table.
/// </summary>
internal sealed class TableReader(DiagnosticBag diagnostics, Encoding? encoding) : IDisposable
{
    // By full path; null when the workbook could not be opened (already reported).
    private readonly Dictionary<string, XlsxWorkbook?> _workbooks = new(StringComparer.Ordinal);

    public InputTable? Read(string folder, string displayFolder, string stem, string sheet, IReadOnlyList<string> columns, bool optional = false)
        => TryFind(folder, displayFolder, stem, sheet, columns, out var table) ? table : Missing(displayFolder, stem, sheet, optional);

    /// <summary>
    /// As <see cref="Read"/>, but a table the set lacks may come from its parent folder: townships of one county
    /// keep a single units.csv beside their sets.
    /// </summary>
    public InputTable? ReadShared(string folder, string displayFolder, string stem, string sheet, IReadOnlyList<string> columns)
    {
        if (TryFind(folder, displayFolder, stem, sheet, columns, out var own))
            return own;
        var parent = Path.GetDirectoryName(Path.GetFullPath(folder));
        if (parent is not null && TryFind(parent, Path.Combine(displayFolder, ".."), stem, sheet, columns, out var shared))
            return shared;
        return Missing(displayFolder, stem, sheet, optional: false);
    }

    public void Dispose()
    {
        foreach (var workbook in _workbooks.Values)
            workbook?.Dispose();
    }

    /// <returns>False when neither the CSV file nor a sheet exists; the table is null when one exists but was unreadable.</returns>
    private bool TryFind(string folder, string displayFolder, string stem, string sheet, IReadOnlyList<string> columns, out InputTable? table)
    {
        table = null;
        var csv = Path.Combine(folder, stem + ".csv");
        if (File.Exists(csv))
        {
            table = new CsvTableLoader(diagnostics, encoding).Load(csv, Path.Combine(displayFolder, stem + ".csv"), columns);
            return true;
        }

        var workbooks = Directory.GetFiles(folder, "*.xlsx")
            .Where(f => !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => Workbook(path, Path.Combine(displayFolder, Path.GetFileName(path))))
            .ToList();
        // An unreadable workbook may have held this table: say nothing more than the error already reported.
        if (workbooks.Contains(null))
            return true;
        var holding = workbooks.Where(w => w!.Find([sheet, stem]) is not null).ToList();
        if (holding.Count > 1)
        {
            // Never a silent choice: 工作簿(1).xlsx, a copy Excel made, would otherwise win over 工作簿.xlsx by its name.
            diagnostics.Error(DiagnosticIds.WorkbookTableTwice, new SourceLocation(holding[1]!.DisplayPath),
                $"“{holding[0]!.DisplayPath}”和“{holding[1]!.DisplayPath}”都有“{sheet}”工作表，不知该用哪一个；请删去或移走其中一个工作簿。");
            return true;
        }
        if (holding is [{ } only])
        {
            table = new XlsxTableLoader(diagnostics).Load(only, [sheet, stem], columns, out _);
            return true;
        }
        return false;
    }

    private XlsxWorkbook? Workbook(string path, string displayPath)
    {
        var key = Path.GetFullPath(path);
        if (!_workbooks.TryGetValue(key, out var workbook))
            _workbooks[key] = workbook = XlsxWorkbook.Open(path, displayPath, diagnostics);
        return workbook;
    }

    private InputTable? Missing(string displayFolder, string stem, string sheet, bool optional)
    {
        if (!optional)
            diagnostics.Error(DiagnosticIds.FileMissing, new SourceLocation(Path.Combine(displayFolder, stem + ".csv")),
                $"找不到“{stem}.csv”，文件集中的 .xlsx 工作簿里也没有名为“{sheet}”的工作表；请提供其中之一（可用 docgen init 生成示例）。");
        return null;
    }
}
