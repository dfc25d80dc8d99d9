using DocGen.Tests.Support;

namespace DocGen.Tests.Cli;

[Collection("Console")]
public sealed class BuildCommandTests
{
    [Fact]
    public void Reports_unknown_unit_at_its_cell_with_a_suggestion_and_writes_nothing()
    {
        // Given a set whose task 12 names a lead unit nobody registered
        using var temp = new TempFolder();
        var set = Repository.CopySample(temp);
        var tasks = File.ReadAllLines(Path.Combine(set, "tasks.csv"));
        var line = Array.FindIndex(tasks, l => l.StartsWith("12,", StringComparison.Ordinal));
        var cells = tasks[line].Split(',');
        cells[5] = "市场监督局";
        tasks[line] = string.Join(",", cells);
        File.WriteAllLines(Path.Combine(set, "tasks.csv"), tasks);

        // When it is built
        var (exit, _, error) = CliRunner.Run(temp.Path, "build", "set", "--out", "out", "--templates", Repository.Templates);

        // Then the error names the file, physical line and column, suggests the registered name, and nothing is written
        Assert.Equal(1, exit);
        Assert.Contains($"{Path.Combine("set", "tasks.csv")}({line + 1},6): error DG2103: 未知单位“市场监督局”，是否为“", error);
        Assert.Matches(@"\d+ 个错误，\d+ 个警告", error);
        Assert.False(Directory.Exists(temp["out"]));
    }

    [Fact]
    public void Builds_the_sample_into_the_requested_folder()
    {
        using var temp = new TempFolder();
        var (exit, output, error) = CliRunner.Run(temp.Path, "build", Repository.SampleSet, "--out", "out", "--templates", Repository.Templates);
        Assert.True(exit == 0, error);
        Assert.Contains("已生成", output);
        Assert.True(File.Exists(Path.Combine(temp["out"], "印发通知.docx")));
    }

    [Fact]
    public void Reports_a_missing_file_and_a_missing_column_without_a_stack_trace()
    {
        using var temp = new TempFolder();
        var set = Repository.CopySample(temp);
        File.Delete(Path.Combine(set, "phases.csv"));
        var units = File.ReadAllLines(Path.Combine(set, "units.csv"));
        units[0] = "名称,简称,自查报告";
        File.WriteAllLines(Path.Combine(set, "units.csv"), units);

        var (exit, _, error) = CliRunner.Run(temp.Path, "check", "set", "--templates", Repository.Templates);

        Assert.Equal(1, exit);
        Assert.Contains($"{Path.Combine("set", "phases.csv")}: error DG1001: 找不到“phases.csv”", error);
        Assert.Contains($"{Path.Combine("set", "units.csv")}(1,1): error DG1002: 表头缺少列“单位”", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void Reports_an_unparseable_date_in_the_manifest_at_its_line()
    {
        using var temp = new TempFolder();
        var set = Repository.CopySample(temp);
        var manifest = File.ReadAllLines(Path.Combine(set, "manifest.yaml"));
        var line = Array.FindIndex(manifest, l => l.StartsWith("成文日期:", StringComparison.Ordinal));
        manifest[line] = "成文日期: 20231月19";
        File.WriteAllLines(Path.Combine(set, "manifest.yaml"), manifest);

        var (exit, _, error) = CliRunner.Run(temp.Path, "check", "set", "--templates", Repository.Templates);

        Assert.Equal(1, exit);
        Assert.Contains($"{Path.Combine("set", "manifest.yaml")}({line + 1},7): error DG1208: 成文日期“20231月19”不是有效日期", error);
    }

    [Fact]
    public void Reports_a_template_error_at_the_template_line()
    {
        using var temp = new TempFolder();
        var set = Repository.CopySample(temp);
        var templates = Path.Combine(set, "templates");
        Repository.CopyFolder(Repository.Templates, templates);
        var plan = File.ReadAllLines(Path.Combine(templates, "unit-report.md.hbs")).ToList();
        var line = plan.IndexOf("--}}") + 5; // below the front matter, the comment, the title and a blank line
        plan.Insert(line - 1, "联系人：{{ContactPerson}}");
        File.WriteAllLines(Path.Combine(templates, "unit-report.md.hbs"), plan);

        // The set's own templates/ folder is used without --templates.
        var (exit, _, error) = CliRunner.Run(temp.Path, "check", "set");

        Assert.Equal(1, exit);
        Assert.Contains($"{Path.Combine("set", "templates", "unit-report.md.hbs")}({line},5): error DG3002: 模板引用了不存在的值“ContactPerson”", error);
    }

    [Fact]
    public void Reports_a_missing_set_folder_once()
    {
        using var temp = new TempFolder();
        var (exit, _, error) = CliRunner.Run(temp.Path, "check", "no-such-set", "--templates", Repository.Templates);
        Assert.Equal(1, exit);
        Assert.Equal(["no-such-set: error DG1001: 找不到文件集目录“no-such-set”：用 docgen init no-such-set 新建一个，或写出已有文件集的目录（docgen build 目录）。", "1 个错误，0 个警告"], error.Trim().Split('\n'));
    }

    [Fact]
    public void Usage_errors_exit_with_code_2()
    {
        using var temp = new TempFolder();
        var (exit, _, error) = CliRunner.Run(temp.Path, "build", "data", "--out");
        Assert.Equal(2, exit);
        Assert.Contains("error DG0001", error);
    }
}
