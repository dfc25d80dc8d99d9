using System.Globalization;
using CsvHelper;
using DocGen.Binding;
using DocGen.Diagnostics;
using DocGen.Domain;
using DocGen.Loading;
using DocGen.Tests.Support;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DocGen.Tests.Loading;

/// <summary>A workbook made the way Excel saves one replaces the four CSV files.</summary>
public sealed class XlsxInputTests
{
    [Fact]
    public void A_workbook_with_merged_categories_shared_strings_numbers_and_dates_builds_like_the_CSV_set()
    {
        // Given the sample's tables moved into one workbook: 类别 merged down each group, 序号 and 分值 as numbers,
        // one 完成时限 as a date serial, 单位 as inline strings
        using var set = new SetEditor();
        var sheets = new[] { ("任务分工", "tasks.csv"), ("工作步骤", "phases.csv"), ("units", "units.csv"), ("自查进展", "progress.csv") };
        WorkbookWriter.Write(set.PathOf("文件集.xlsx"), sheets.Select(s => (s.Item1, Read(set.PathOf(s.Item2)))).ToList());
        foreach (var (_, file) in sheets)
            File.Delete(set.PathOf(file));
        File.WriteAllText(set.PathOf("~$文件集.xlsx"), "Excel lock file, not a workbook");

        // When it is checked and built
        var diagnostics = set.Check();
        using var temp = new TempFolder();
        var result = SampleBuild.Build(set.Folder, temp["out"]);

        // Then it is as clean as the CSV set and the table shows every task with its category filled in
        Assert.Empty(diagnostics);
        Assert.True(result.Succeeded, SampleBuild.Errors(result));
        using var docx = new DocxReader(Path.Combine(temp["out"], "任务分工表.docx"));
        Assert.Contains("2023年6月30日", docx.Text);
    }

    [Fact]
    public void A_date_cell_reaches_binding_as_a_date_not_as_text_to_parse_again()
    {
        // Given the sample's task table as a workbook whose first 完成时限 is a date cell (2023-06-30)
        using var set = new SetEditor();
        WorkbookWriter.Write(set.PathOf("文件集.xlsx"), [("任务分工", Read(set.PathOf("tasks.csv")))]);
        File.Delete(set.PathOf("tasks.csv"));

        // When the table is loaded and the set bound
        var diagnostics = new DiagnosticBag();
        using var tables = new TableReader(diagnostics, null);
        var table = tables.Read(set.Folder, "set", "tasks", "任务分工", TaskBinder.Columns)!;
        var bound = new DocumentSetBinder(diagnostics).Bind(set.Folder, "set")!;

        // Then the loaded cell holds the date beside its Chinese text, and the task is due that day
        Assert.Equal((new DateOnly(2023, 6, 30), "2023年6月30日"), (table.Rows[0]["完成时限"].Date!.Value, table.Rows[0]["完成时限"].Value));
        Assert.Null(table.Rows[1]["完成时限"].Date);
        var task = bound.Tasks[0];
        Assert.Equal(new Deadline("2023年6月30日", DeadlineKind.Dated, new DateOnly(2023, 6, 30), new DateOnly(2023, 6, 30)), task.Deadline);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
    }

    [Fact]
    public void Diagnostics_point_at_the_sheet_cell_as_Excel_names_it()
    {
        using var set = new SetEditor().SetCell("tasks.csv", "12,", 5, "市场监督局");
        WorkbookWriter.Write(set.PathOf("文件集.xlsx"), [("任务分工", Read(set.PathOf("tasks.csv")))]);
        File.Delete(set.PathOf("tasks.csv"));

        var error = Assert.Single(set.Check(), d => d.Id == DiagnosticIds.UnitUnknown);

        Assert.Equal($"{Path.Combine("set", "文件集.xlsx")}[任务分工]!F13", error.Location!.ToString());
    }

    [Fact]
    public void Two_workbooks_holding_the_same_table_are_an_error_naming_both_not_a_silent_choice()
    {
        // Given the task table in 工作簿.xlsx and in the copy Excel named 工作簿(1).xlsx, which sorts first
        using var set = new SetEditor();
        var tasks = Read(set.PathOf("tasks.csv"));
        WorkbookWriter.Write(set.PathOf("工作簿.xlsx"), [("任务分工", tasks)]);
        WorkbookWriter.Write(set.PathOf("工作簿(1).xlsx"), [("任务分工", tasks)]);
        File.Delete(set.PathOf("tasks.csv"));

        // When it is checked
        var error = Assert.Single(set.Check(), d => d.Severity == Severity.Error);

        // Then it is DG1014 naming both workbooks
        Assert.Equal(DiagnosticIds.WorkbookTableTwice, error.Id);
        Assert.Contains("工作簿(1).xlsx", error.Message);
        Assert.Contains("工作簿.xlsx", error.Message.Replace("工作簿(1).xlsx", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_workbooks_holding_different_tables_are_read_together()
    {
        // Given the tasks in one workbook and the units in another
        using var set = new SetEditor();
        WorkbookWriter.Write(set.PathOf("任务.xlsx"), [("任务分工", Read(set.PathOf("tasks.csv")))]);
        WorkbookWriter.Write(set.PathOf("单位.xlsx"), [("units", Read(set.PathOf("units.csv")))]);
        File.Delete(set.PathOf("tasks.csv"));
        File.Delete(set.PathOf("units.csv"));

        // When it is checked, then it is as clean as the CSV set
        Assert.Empty(set.Check());
    }

    [Fact]
    public void A_damaged_workbook_is_an_error_not_a_crash()
    {
        using var set = new SetEditor();
        File.Delete(set.PathOf("units.csv"));
        File.WriteAllBytes(set.PathOf("文件集.xlsx"), [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]);
        Assert.Contains(set.Check(), d => d.Id == DiagnosticIds.WorkbookUnreadable);
    }

    private static List<string[]> Read(string csv)
    {
        using var parser = new CsvParser(new StreamReader(csv), CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (parser.Read())
            rows.Add(parser.Record!);
        return rows;
    }

    /// <summary>Writes sheets as Excel would: shared strings, numbers, a date serial, merged runs of equal 类别.</summary>
    private static class WorkbookWriter
    {
        public static void Write(string path, IReadOnlyList<(string Name, List<string[]> Rows)> sheets)
        {
            using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            var shared = workbook.AddNewPart<SharedStringTablePart>();
            shared.SharedStringTable = new SharedStringTable();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font()), new Fills(new Fill()), new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }));
            var strings = new List<string>();
            uint id = 1;
            foreach (var (name, rows) in sheets)
            {
                var worksheet = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                var merges = new MergeCells();
                for (var r = 0; r < rows.Count; r++)
                {
                    var row = new Row { RowIndex = (uint)(r + 1) };
                    for (var c = 0; c < rows[r].Length; c++)
                        if (Cell(rows, r, c, name, strings, merges) is { } cell)
                            row.Append(cell);
                    data.Append(row);
                }
                worksheet.Worksheet = new Worksheet(data);
                if (merges.HasChildren)
                    worksheet.Worksheet.Append(merges);
                workbook.Workbook.Sheets!.Append(new Sheet { Name = name, SheetId = id++, Id = workbook.GetIdOfPart(worksheet) });
            }
            shared.SharedStringTable.Append(strings.Select(s => new SharedStringItem(new Text(s))));
        }

        private static Cell? Cell(List<string[]> rows, int r, int c, string sheet, List<string> strings, MergeCells merges)
        {
            var value = rows[r][c];
            var reference = $"{(char)('A' + c)}{r + 1}";
            var header = rows[0][c];
            if (r > 0 && header == "类别")
            {
                if (r > 1 && rows[r - 1][c] == value)
                    return null; // covered by the merge started above
                var end = r;
                while (end + 1 < rows.Count && rows[end + 1][c] == value)
                    end++;
                if (end > r)
                    merges.Append(new MergeCell { Reference = $"{reference}:{(char)('A' + c)}{end + 1}" });
            }
            if (r > 0 && header == "完成时限" && value == "2023年6月30日前" && r == 1)
                return new Cell { CellReference = reference, StyleIndex = 1, CellValue = new CellValue(new DateTime(2023, 6, 30).ToOADate().ToString(CultureInfo.InvariantCulture)) };
            if (r > 0 && header is "序号" or "分值" && double.TryParse(value, CultureInfo.InvariantCulture, out _))
                return new Cell { CellReference = reference, CellValue = new CellValue(value) };
            if (sheet == "units")
                return new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value)) };
            strings.Add(value);
            return new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue((strings.Count - 1).ToString(CultureInfo.InvariantCulture)) };
        }
    }
}
