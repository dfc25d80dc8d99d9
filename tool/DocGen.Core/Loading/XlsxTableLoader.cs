using System.Globalization;
using DocGen.Diagnostics;
using DocGen.Domain;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DocGen.Loading;

/// <summary>
/// Reads one worksheet of a workbook an office keeps instead of CSV files: shared and inline strings, numbers,
/// dates stored as serial numbers, and merged cells (a merged 类别 or 项目 means “same as above”).
/// </summary>
internal sealed class XlsxTableLoader(DiagnosticBag diagnostics)
{
    // Built-in number formats that display dates (ECMA-376 Part 1, 18.8.30).
    private static readonly HashSet<uint> DateFormats = [14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58];

    /// <returns>The sheet as a table; null when the workbook has no such sheet (not an error) or cannot be read (reported).</returns>
    public CsvTable? Load(string path, string displayPath, IReadOnlyList<string> sheetNames, IReadOnlyList<string> requiredColumns, out bool found)
    {
        found = false;
        try
        {
            // Excel keeps the workbook open for writing while the user edits; share it rather than fail.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var workbook = SpreadsheetDocument.Open(stream, isEditable: false);
            var part = workbook.WorkbookPart;
            var sheet = part?.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault(s => sheetNames.Contains(s.Name?.Value ?? ""));
            if (part is null || sheet?.Id?.Value is not { } id || part.GetPartById(id) is not WorksheetPart worksheet)
                return null;
            found = true;
            var records = Records(part, worksheet);
            return TableAssembler.Assemble(displayPath, sheet.Name!.Value, records, requiredColumns, diagnostics);
        }
        // A damaged workbook makes System.IO.Packaging and the SDK throw a variety of exceptions; all mean “unreadable”.
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Error(DiagnosticIds.WorkbookUnreadable, new SourceLocation(displayPath),
                $"无法读取工作簿：{e.Message}。请确认它是 Excel/WPS 保存的 .xlsx 文件。");
            found = true;
            return null;
        }
    }

    private static List<(int Line, string[] Values)> Records(WorkbookPart part, WorksheetPart worksheet)
    {
        var strings = part.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var formats = part.WorkbookStylesPart?.Stylesheet?.CellFormats?.Elements<CellFormat>().ToList() ?? [];
        var customDates = part.WorkbookStylesPart?.Stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => IsDatePattern(f.FormatCode?.Value)).Select(f => f.NumberFormatId!.Value).ToHashSet() ?? [];

        var cells = new Dictionary<(int Row, int Column), string>();
        foreach (var cell in worksheet.Worksheet?.Descendants<Cell>() ?? [])
        {
            if (cell.CellReference?.Value is not { } reference || Parse(reference) is not { } at)
                continue;
            cells[at] = Text(cell, strings, formats, customDates);
        }
        FillMerged(worksheet, cells);

        var width = cells.Count == 0 ? 0 : cells.Keys.Max(k => k.Column);
        return cells.Keys.Select(k => k.Row).Distinct().Order()
            .Select(row => (row, Enumerable.Range(1, width).Select(c => cells.GetValueOrDefault((row, c), "")).ToArray()))
            .ToList();
    }

    private static string Text(Cell cell, List<string> strings, List<CellFormat> formats, HashSet<uint> customDates)
    {
        var raw = cell.CellValue?.Text ?? "";
        if (cell.DataType?.Value == CellValues.SharedString)
            return int.TryParse(raw, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < strings.Count ? strings[index] : "";
        if (cell.DataType?.Value == CellValues.InlineString)
            return cell.InlineString?.InnerText ?? "";
        if (cell.DataType?.Value == CellValues.Boolean)
            return raw == "1" ? "是" : "否";
        if (cell.DataType is null || cell.DataType.Value == CellValues.Number)
        {
            var style = cell.StyleIndex?.Value is { } s && s < formats.Count ? formats[(int)s].NumberFormatId?.Value : null;
            if (style is { } format && (DateFormats.Contains(format) || customDates.Contains(format))
                && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 2958466)
                return ChineseDate.Format(DateOnly.FromDateTime(DateTime.FromOADate(serial)));
        }
        return raw;
    }

    /// <summary>Every cell of a merged range reads as its top-left cell: the way offices write “same as above”.</summary>
    private static void FillMerged(WorksheetPart worksheet, Dictionary<(int Row, int Column), string> cells)
    {
        foreach (var merge in worksheet.Worksheet?.Descendants<MergeCell>() ?? [])
        {
            var range = merge.Reference?.Value?.Split(':');
            if (range is not { Length: 2 } || Parse(range[0]) is not { } from || Parse(range[1]) is not { } to)
                continue;
            var value = cells.GetValueOrDefault(from, "");
            for (var row = from.Row; row <= to.Row && row - from.Row < 100_000; row++)
                for (var column = from.Column; column <= to.Column && column - from.Column < 1_000; column++)
                    cells[(row, column)] = value;
        }
    }

    /// <summary>“C12” → (12, 3).</summary>
    private static (int Row, int Column)? Parse(string reference)
    {
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetterUpper(reference[i]) && column < 100_000; i++)
            column = column * 26 + (reference[i] - 'A' + 1);
        return column > 0 && int.TryParse(reference.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out var row) && row > 0
            ? (row, column)
            : null;
    }

    private static bool IsDatePattern(string? format) =>
        format is not null && format.Replace("\"", "", StringComparison.Ordinal).Any(c => c is 'y' or 'd' or '年' or '日');
}
