using System.Text.Json;
using DocGen.Tests.Support;

namespace DocGen.Tests.Cli;

/// <summary>With --format json, stdout is exactly one JSON document, whatever happened; human lines go to stderr.</summary>
public sealed class JsonOutputTests
{
    [Fact]
    public void Build_lists_every_file_written_with_its_reason_then_what_it_skipped()
    {
        // Given a copy of the sample, built once, then one task's lead unit changed
        using var temp = new TempFolder();
        Repository.CopyFolder(Repository.SampleSet, temp["set"]);
        var first = Run(temp, 0, "build", "set", "--out", "out", "--templates", Repository.Templates, "--format", "json");
        var tasks = temp["set/tasks.csv"];
        File.WriteAllText(tasks, File.ReadAllText(tasks).Replace("2,基础工作,党政同责,3,对各乡镇", "2,基础工作,党政同责,3,对全县各乡镇", StringComparison.Ordinal));

        // When it is built again as JSON
        var second = Run(temp, 0, "build", "set", "--out", "out", "--templates", Repository.Templates, "--format", "json");

        // Then the first run lists all 33 files as new, the second the changed ones as data and the rest as skipped
        var firstSet = first.GetProperty("sets")[0];
        Assert.Equal(33, firstSet.GetProperty("written").GetArrayLength());
        Assert.All(firstSet.GetProperty("written").EnumerateArray(), w => Assert.Equal("new", w.GetProperty("reason").GetString()));
        var secondSet = second.GetProperty("sets")[0];
        var written = secondSet.GetProperty("written").EnumerateArray().ToList();
        Assert.Contains(written, w => w.GetProperty("file").GetString() == "实施方案.docx" && w.GetProperty("reason").GetString() == "data");
        Assert.Equal(33, written.Count + secondSet.GetProperty("skipped").GetArrayLength());
        Assert.Equal(0, second.GetProperty("diagnostics").GetArrayLength());
    }

    [Fact]
    public void Files_written_beside_one_kept_back_are_still_listed_and_named_under_verbose()
    {
        // Given a built sample whose 实施方案.docx was then replaced by the office's own file, and a changed task
        using var temp = new TempFolder();
        Repository.CopyFolder(Repository.SampleSet, temp["set"]);
        Assert.Equal(0, CliRunner.Run(temp.Path, "build", "set", "-o", "out", "--templates", Repository.Templates).ExitCode);
        File.WriteAllText(temp["out/实施方案.docx"], "the office's own plan");
        var tasks = temp["set/tasks.csv"];
        File.WriteAllText(tasks, File.ReadAllText(tasks).Replace("2,基础工作,党政同责,3,对各乡镇", "2,基础工作,党政同责,3,对全县各乡镇", StringComparison.Ordinal));

        // When it is built again with -v
        var (exit, output, error) = CliRunner.Run(temp.Path, "build", "set", "-o", "out", "--templates", Repository.Templates, "-v");

        // Then the kept file is DG5004 and exit 3, and the files that were written are listed by name with their reason
        Assert.Equal(3, exit);
        Assert.Contains("error DG5004: ", error);
        Assert.Equal("the office's own plan", File.ReadAllText(temp["out/实施方案.docx"]));
        Assert.Matches(@"^已生成 \d+ 个文件到 out", output);
        Assert.Contains($"  {Path.Combine("out", "印发通知.docx")}（数据改动）", output);
        Assert.DoesNotContain("实施方案.docx（", output);
    }

    [Fact]
    public void A_workbook_cell_gives_its_sheet_and_cell_and_no_location_is_null()
    {
        // Given a set whose task table is a workbook with an unknown unit in F13
        using var set = new SetEditor().SetCell("tasks.csv", "12,", 5, "市场监督局");
        DocGen.Tests.Loading.HostileWorkbook.Write(set.PathOf("文件集.xlsx"), "任务分工", DocGen.Tests.Loading.HostileWorkbook.Sheet(set.PathOf("tasks.csv")));
        File.Delete(set.PathOf("tasks.csv"));

        // When it is checked as JSON
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.Path);
        var report = Run(temp, 1, "check", set.Folder, "--templates", Repository.Templates, "--format", "json");

        // Then the cell is its own field beside the workbook's path and sheet, with no line and column
        var error = report.GetProperty("diagnostics").EnumerateArray().First(d => d.GetProperty("id").GetString() == "DG2103");
        Assert.EndsWith("文件集.xlsx", error.GetProperty("file").GetString());
        Assert.Equal("任务分工", error.GetProperty("sheet").GetString());
        Assert.Equal("F13", error.GetProperty("cell").GetString());
        Assert.Equal(JsonValueKind.Null, error.GetProperty("line").ValueKind);
        Assert.Equal(JsonValueKind.Null, error.GetProperty("column").ValueKind);
    }

    [Fact]
    public void Usage_and_diff_errors_are_json_too()
    {
        using var temp = new TempFolder();
        Repository.CopyFolder(Repository.SampleSet, temp["set"]);

        // A diff with one folder and no revision, and a revision git cannot give
        var usage = Run(temp, 2, "diff", "set", "--format", "json");
        Assert.Equal("DG0001", usage.GetProperty("diagnostics")[0].GetProperty("id").GetString());
        var git = Run(temp, 1, "diff", "set", "--git", "no-such-revision", "--format", "json");
        Assert.Equal("DG5006", git.GetProperty("diagnostics")[0].GetProperty("id").GetString());

        // A mistyped option and a missing value, with JSON asked for
        var option = Run(temp, 2, "build", "set", "--prview", "--format", "json");
        Assert.Contains("--preview", option.GetProperty("diagnostics")[0].GetProperty("message").GetString());
        var value = Run(temp, 2, "check", "set", "--format", "json", "--templates");
        Assert.Equal("DG0001", value.GetProperty("diagnostics")[0].GetProperty("id").GetString());
    }

    /// <summary>Runs docgen and parses stdout, which must be one JSON document and nothing else.</summary>
    private static JsonElement Run(TempFolder temp, int expectExit, params string[] arguments)
    {
        var (exit, output, error) = CliRunner.Run(temp.Path, arguments);
        Assert.True(exit == expectExit, $"exit {exit}: {error}{output}");
        using var document = JsonDocument.Parse(output);
        return document.RootElement.Clone();
    }
}
