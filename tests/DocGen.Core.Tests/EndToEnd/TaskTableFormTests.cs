using DocGen.Diagnostics;
using DocGen.Domain;
using DocGen.Output;
using DocGen.Tests.Support;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocGen.Tests.EndToEnd;

/// <summary>
/// The forms real task tables are kept in (issue 10): each goes through check and build, and the 任务分工表 prints it
/// as written.
/// </summary>
public sealed class TaskTableFormTests
{
    private const string Tasks = "tasks.csv";
    private const int NumberColumn = 0;
    // Columns of tasks.csv, and of the printed table, where the 类别 is a group row instead of a column.
    private const int PartnersColumn = 6;
    private const int DeadlineColumn = 7;
    private const int PrintedPartners = PartnersColumn - 1;
    private const int PrintedDeadline = DeadlineColumn - 1;
    private const string FirstPartners = "县委巡察办、县督查中心、乡镇政府";

    public static TheoryData<string> Numberings => ["plain", "dotted", "full-width", "comma", "three-level", "chinese", "chinese-dotted", "bracketed", "half-width-bracketed"];

    private static string Number(string numbering, int i) => numbering switch
    {
        "plain" => $"{i}",
        "dotted" => $"{((i - 1) / 10) + 1}.{((i - 1) % 10) + 1}",
        "full-width" => $"１．{i}",
        "comma" => $"2、{i}",
        "three-level" => $"7.1.{i}",
        "chinese" => ChineseNumeral.Format(i),
        "chinese-dotted" => $"五.{i}",
        "bracketed" => $"（{i}）",
        _ => $"({i})",
    };

    [Theory]
    [MemberData(nameof(Numberings))]
    public void Task_numbers_as_offices_write_them_pass_check_and_print_as_written(string numbering)
    {
        // Given the sample set numbered in one of the office forms, progress.csv referring to tasks the same way
        using var set = new SetEditor();
        var written = Renumber(set, i => Number(numbering, i));

        // When it is checked and built
        var diagnostics = set.Check();
        var rows = BuildTable(set);

        // Then nothing is reported and the table prints each number as written
        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics));
        Assert.Equal(written, rows.Skip(1).Select(r => DocxReader.RowTexts(r)[NumberColumn]));
    }

    [Theory]
    [InlineData("1.1", "1.1", DiagnosticIds.TaskNumberDuplicate)]
    [InlineData("1.1", "1．1", DiagnosticIds.TaskNumberDuplicate)]
    [InlineData("1.2", "1.1", DiagnosticIds.TaskNumberOrder)]
    [InlineData("一.2", "一.1", DiagnosticIds.TaskNumberOrder)]
    public void Task_numbers_are_compared_by_structure(string first, string second, string expected)
    {
        // Given tasks numbered 1.1, 1.2, 2, 3 …, then the first two rows renumbered
        using var set = new SetEditor();
        Renumber(set, i => i <= 2 ? $"1.{i}" : $"{i - 1}");
        var lines = File.ReadAllLines(set.PathOf(Tasks));
        (lines[1], lines[2]) = (first + lines[1][lines[1].IndexOf(',', StringComparison.Ordinal)..], second + lines[2][lines[2].IndexOf(',', StringComparison.Ordinal)..]);
        File.WriteAllLines(set.PathOf(Tasks), lines);

        // When it is checked
        var diagnostics = set.Check().Where(d => d.Id is DiagnosticIds.TaskNumberDuplicate or DiagnosticIds.TaskNumberOrder).ToList();

        // Then the second row is reported as a duplicate or out of order, at its 序号 cell
        Assert.Contains(diagnostics, d => d.Id == expected && d.Location == new SourceLocation(Path.Combine("set", Tasks), 3, 1));
        Assert.All(diagnostics, d => Assert.True(d.Location!.Line <= 3, d.ToString()));
    }

    [Fact]
    public void A_number_that_is_no_number_is_still_an_error()
    {
        using var set = new SetEditor();
        set.SetCell(Tasks, "3,", NumberColumn, "第三");
        var error = Assert.Single(set.Check(), d => d.Severity == Severity.Error);
        Assert.Equal((DiagnosticIds.TaskNumberInvalid, 4, 1), (error.Id, error.Location!.Line, error.Location.Column));
    }

    [Fact]
    public void Progress_refers_to_a_task_by_its_number_as_written()
    {
        // Given hierarchical numbers and a progress row naming a number no task has
        using var set = new SetEditor();
        Renumber(set, i => $"1.{i}");
        var line = File.ReadAllLines(set.PathOf("progress.csv"))[1];
        set.Append("progress.csv", "9.9" + line[line.IndexOf(',', StringComparison.Ordinal)..].Replace(",已完成,", ",推进中,", StringComparison.Ordinal));

        // When it is checked, then only that row is unknown
        var error = Assert.Single(set.Check());
        Assert.Equal(DiagnosticIds.ProgressTaskUnknown, error.Id);
        Assert.Contains("“9.9”", error.Message);
    }

    [Fact]
    public void An_empty_deadline_prints_an_empty_cell_and_tasks_untimed_by_phase_too_give_one_warning()
    {
        // Given every deadline and every phase left empty, as plans that time their work per phase keep them
        using var set = new SetEditor();
        ClearColumns(set, DeadlineColumn, DeadlineColumn + 1);

        // When it is checked (and with --strict) and built
        var warning = Assert.Single(set.Check());
        var strict = Assert.Single(set.Check(strict: true));
        var rows = BuildTable(set);

        // Then one warning says so for the whole set, an error under --strict, and every deadline cell is empty
        Assert.Equal((DiagnosticIds.TaskUntimed, Severity.Warning, 2, 8), (warning.Id, warning.Severity, warning.Location!.Line, warning.Location.Column));
        Assert.StartsWith("63项任务", warning.Message);
        Assert.Equal((DiagnosticIds.TaskUntimed, Severity.Error), (strict.Id, strict.Severity));
        Assert.All(rows.Skip(1), r => Assert.Equal("", DocxReader.RowTexts(r)[PrintedDeadline]));
    }

    [Fact]
    public void A_unit_report_lists_an_unreported_task_without_an_empty_deadline_note()
    {
        // Given no progress yet and no deadlines, as in the planning stage of a plan timed by phase
        using var set = new SetEditor().RemoveLines("progress.csv", _ => true);
        ClearColumns(set, DeadlineColumn);
        using var temp = new TempFolder();

        // When it is built
        var result = SampleBuild.Build(set.Folder, temp["out"]);

        // Then the lead unit of task 1 lists it as unreported, with no “（完成时限：）” left empty
        Assert.True(result.Succeeded, SampleBuild.Errors(result));
        using var report = new DocxReader(Path.Combine(temp["out"], FileNames.UnitReport("县食品药品安全委员会办公室")));
        Assert.Contains(report.Paragraphs, p => p.StartsWith("第1项，党政同责：", StringComparison.Ordinal));
        Assert.DoesNotContain("完成时限：）", report.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_deadline_with_a_phase_is_not_reported()
    {
        using var set = new SetEditor();
        set.SetCell(Tasks, "1,", DeadlineColumn, "");
        Assert.Empty(set.Check());
        Assert.Equal("", DocxReader.RowTexts(BuildTable(set)[1])[PrintedDeadline]);
    }

    [Theory]
    [InlineData("2023年4月初开始，常态化推进")]
    [InlineData("2023年上半年")]
    [InlineData("2023年第三季度")]
    [InlineData("年底前")]
    [InlineData("每年")]
    [InlineData("每季度")]
    [InlineData("长期坚持")]
    [InlineData("创建期内")]
    [InlineData("按上级要求")]
    [InlineData("合理缺项")]
    public void Deadlines_as_offices_write_them_pass_check_and_print_as_written(string deadline)
    {
        using var set = new SetEditor();
        set.SetCell(Tasks, "1,", DeadlineColumn, deadline);
        Assert.Empty(set.Check());
        Assert.Equal(deadline, DocxReader.RowTexts(BuildTable(set)[1])[PrintedDeadline]);
    }

    [Theory]
    [InlineData("2023年13月")]
    [InlineData("2023年2月30日")]
    [InlineData("2023年2月30日前完成，长期坚持")]
    public void A_deadline_naming_a_date_that_does_not_exist_is_an_error_at_its_cell(string deadline)
    {
        using var set = new SetEditor();
        set.SetCell(Tasks, "1,", DeadlineColumn, deadline);
        var error = Assert.Single(set.Check());
        Assert.Equal((DiagnosticIds.DeadlineInvalid, 2, 8), (error.Id, error.Location!.Line, error.Location.Column));
        Assert.Contains($"“{deadline}”", error.Message);
    }

    [Theory]
    [InlineData("各乡镇（街道、管委会）")]
    [InlineData("县(市、区)市场监管局")]
    public void A_unit_with_a_separator_inside_brackets_is_one_unit(string unit)
    {
        // Given the unit registered once and named in a responsible cell next to another unit
        using var set = new SetEditor();
        set.Append("units.csv", $"{unit},,否");
        set.SetCell(Tasks, "1,", PartnersColumn, $"{FirstPartners}、{unit}");

        // When it is checked and built
        var diagnostics = set.Check();
        var rows = BuildTable(set);

        // Then it is found as one unit and printed as one
        Assert.Empty(diagnostics);
        Assert.EndsWith($"各乡镇人民政府、{unit}", DocxReader.RowTexts(rows[1])[PrintedPartners], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("各成员单位")]
    [InlineData("县食安委各成员单位")]
    [InlineData("各乡镇（街道）人民政府")]
    [InlineData("有关部门")]
    public void A_collective_name_is_a_unit_that_makes_no_report_of_its_own(string group)
    {
        // Given a collective name registered with the 自查报告 cell left empty, responsible for a task
        using var set = new SetEditor();
        set.Append("units.csv", $"{group},,");
        set.SetCell(Tasks, "1,", PartnersColumn, $"{FirstPartners}、{group}");
        using var temp = new TempFolder();

        // When the set is built
        Assert.Empty(set.Check());
        var result = SampleBuild.Build(set.Folder, temp["out"]);

        // Then the table names it, and no unit report is made for it while the other units of the task get theirs
        Assert.True(result.Succeeded, SampleBuild.Errors(result));
        using (var table = new DocxReader(Path.Combine(temp["out"], "任务分工表.docx")))
            Assert.EndsWith($"、{group}", DocxReader.RowTexts(table.TaskTableRows()[1])[PrintedPartners], StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(temp["out"], FileNames.UnitReport(group))));
        Assert.True(File.Exists(Path.Combine(temp["out"], FileNames.UnitReport("县委县政府督查中心"))));
    }

    /// <summary>Writes every task's 序号 anew (and progress.csv's, by the old number); returns the numbers written.</summary>
    private static List<string> Renumber(SetEditor set, Func<int, string> number)
    {
        var tasks = File.ReadAllLines(set.PathOf(Tasks));
        var mapping = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < tasks.Length; i++)
        {
            var cells = tasks[i].Split(',');
            mapping[cells[0]] = number(i);
            cells[0] = number(i);
            tasks[i] = string.Join(",", cells);
        }
        File.WriteAllLines(set.PathOf(Tasks), tasks);
        var progress = File.ReadAllLines(set.PathOf("progress.csv"));
        File.WriteAllLines(set.PathOf("progress.csv"), progress.Take(1).Concat(progress.Skip(1).Select(l =>
            mapping[l[..l.IndexOf(',', StringComparison.Ordinal)]] + l[l.IndexOf(',', StringComparison.Ordinal)..])));
        return [.. tasks.Skip(1).Select(l => l.Split(',')[0])];
    }

    private static void ClearColumns(SetEditor set, params int[] columns)
    {
        var lines = File.ReadAllLines(set.PathOf(Tasks));
        for (var i = 1; i < lines.Length; i++)
        {
            var cells = lines[i].Split(',');
            foreach (var column in columns)
                cells[column] = "";
            lines[i] = string.Join(",", cells);
        }
        File.WriteAllLines(set.PathOf(Tasks), lines);
    }

    /// <summary>Builds the set and returns the rows of the 任务分工表, after checking the package is valid.</summary>
    private static List<TableRow> BuildTable(SetEditor set)
    {
        using var temp = new TempFolder();
        var result = SampleBuild.Build(set.Folder, temp["out"]);
        Assert.True(result.Succeeded, SampleBuild.Errors(result));
        using var table = new DocxReader(Path.Combine(temp["out"], "任务分工表.docx"));
        Assert.Empty(table.ValidationErrors());
        return [.. table.TaskTableRows().Select(r => (TableRow)r.CloneNode(true))];
    }
}
