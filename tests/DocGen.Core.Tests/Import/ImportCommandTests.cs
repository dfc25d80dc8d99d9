using System.Text.Json;
using DocGen.Tests.EndToEnd;
using DocGen.Tests.Support;

namespace DocGen.Tests.Import;

/// <summary><c>docgen import</c> end to end: what it writes, what it prints, and that check can read the set.</summary>
[Collection("Console")]
public sealed class ImportCommandTests(SampleOutputFixture sample) : IClassFixture<SampleOutputFixture>
{
    [Fact]
    public void Writes_a_set_with_the_sample_headers_and_prints_the_source_mistakes_as_warnings()
    {
        using var temp = new TempFolder();
        File.Copy(Samples.File("wei-county-plan.txt"), temp["plan.txt"]);

        var (exit, output, error) = CliRunner.Run(temp.Path, "import", "plan.txt", "--out", "set");

        Assert.True(exit == 0, error);
        Assert.Contains("74 项任务、4 个阶段", output);
        Assert.Contains("plan.txt(19,1): warning DG6101: 成文日期“20231月19”", error);
        Assert.Contains("0 个错误，", error);
        foreach (var file in new[] { "units.csv", "tasks.csv", "phases.csv", "progress.csv" })
            Assert.Equal(File.ReadLines(Path.Combine(Repository.SampleSet, file)).First(), File.ReadLines(Path.Combine(temp["set"], file)).First());
        Assert.Single(File.ReadAllLines(Path.Combine(temp["set"], "progress.csv")));
        Assert.Contains("成文日期: 20231月19", File.ReadAllText(Path.Combine(temp["set"], "manifest.yaml")));
    }

    [Fact]
    public void Prints_json_diagnostics_on_stdout()
    {
        using var temp = new TempFolder();

        var (exit, output, error) = CliRunner.Run(temp.Path, "import", Samples.File("wei-county-plan.docx"), "--out", "set", "--format", "json");

        Assert.Equal(0, exit);
        var report = JsonDocument.Parse(output).RootElement;
        var date = Assert.Single(report.GetProperty("diagnostics").EnumerateArray(), i => i.GetProperty("id").GetString() == "DG6101");
        Assert.Equal("warning", date.GetProperty("severity").GetString());
        Assert.Equal(19, date.GetProperty("line").GetInt32());
        // The files written, as build reports its own; the human summary goes to stderr.
        var set = report.GetProperty("sets")[0];
        Assert.Equal("set", set.GetProperty("out").GetString());
        // The set's own templates: the default ones beside the plan body written from the source.
        var defaults = Directory.GetFiles(Repository.Templates, "*.hbs", SearchOption.AllDirectories)
            .Select(f => "templates/" + Path.GetRelativePath(Repository.Templates, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["manifest.yaml", "units.csv", "tasks.csv", "phases.csv", "progress.csv", .. defaults.Where(f => f != "templates/partials/plan-body.hbs"), "templates/partials/plan-body.hbs"],
            set.GetProperty("written").EnumerateArray().Select(w => w.GetProperty("file").GetString()));
        Assert.Contains($"templates/（{defaults.Count} 个模板，实施方案正文按原文写成）", error);
        Assert.Contains("已导入到 set", error);
    }

    [Fact]
    public void Reads_text_in_the_encoding_it_is_told_and_refuses_an_unknown_one()
    {
        using var temp = new TempFolder();
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        File.WriteAllText(temp["plan.txt"], File.ReadAllText(Samples.File("town-plan.txt")), System.Text.Encoding.GetEncoding("GB18030"));

        var (exit, output, error) = CliRunner.Run(temp.Path, "import", "plan.txt", "--out", "set", "--encoding", "gbk");
        var unknown = CliRunner.Run(temp.Path, "import", "plan.txt", "--out", "other", "--encoding", "latin-9");

        Assert.True(exit == 0, error);
        Assert.Contains("4 个阶段", output);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("无法识别的编码“latin-9”", unknown.Error);
        Assert.False(Directory.Exists(temp["other"]));
    }

    [Fact]
    public void Check_reads_the_imported_Wei_County_set_and_finds_only_the_plan_s_own_two_mistakes()
    {
        using var temp = new TempFolder();
        var (exit, _, error) = CliRunner.Run(temp.Path, "import", Samples.File("wei-county-plan.docx"), "--out", "set");
        Assert.True(exit == 0, error);
        var manifest = Path.Combine(temp["set"], "manifest.yaml");
        File.AppendAllLines(manifest, File.ReadAllLines(Path.Combine(Repository.SampleSet, "manifest.yaml"))
            .Where(l => l.StartsWith("自查", StringComparison.Ordinal) || l.StartsWith("全域", StringComparison.Ordinal)));

        var check = CliRunner.Run(temp.Path, "check", "set", "--format", "json");

        // No 发文字号, and the 成文日期 “20231月19”: the plan's mistakes, kept as found. Nothing else stops the set.
        var errors = JsonDocument.Parse(check.Out).RootElement.GetProperty("diagnostics").EnumerateArray()
            .Where(i => i.GetProperty("severity").GetString() == "error").Select(i => i.GetProperty("id").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(["DG1005", "DG1208"], errors);
    }

    [Fact]
    public void The_set_imported_from_the_sample_notice_passes_check_once_the_self_check_keys_are_added()
    {
        using var temp = new TempFolder();
        var (exit, _, error) = CliRunner.Run(temp.Path, "import", sample["印发通知.docx"], "--out", "set");
        Assert.True(exit == 0, error);
        // No plan states the self-check's dates and recipients; import lists them in a comment for a person to fill in.
        var manifest = Path.Combine(temp["set"], "manifest.yaml");
        Assert.Contains("# 原文没有给出、需要补填的键：自查截止日期", File.ReadAllText(manifest));
        File.AppendAllLines(manifest, File.ReadAllLines(Path.Combine(Repository.SampleSet, "manifest.yaml"))
            .Where(l => l.StartsWith("自查", StringComparison.Ordinal) || l.StartsWith("全域", StringComparison.Ordinal)));

        var check = CliRunner.Run(temp.Path, "check", "set");

        Assert.True(check.ExitCode == 0, check.Error);
        Assert.DoesNotContain("error DG1", check.Error);
        Assert.Contains("检查通过：set", check.Out);
    }
}
