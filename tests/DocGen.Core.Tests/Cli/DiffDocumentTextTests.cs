using System.Diagnostics;
using System.Text.Json;
using DocGen.Tests.Support;

namespace DocGen.Tests.Cli;

/// <summary>
/// <c>docgen diff SET --git REV</c> reviews a change by its effect: every document whose rendered text changed, as a
/// unified diff of its Markdown under a heading naming the document, whether the data or the templates changed.
/// </summary>
[Collection("Console")]
public sealed class DiffDocumentTextTests
{
    private const string OldSentence = "不断提升食品安全保障水平和群众食品安全满意度。";
    private const string NewSentence = "全面提升食品安全保障水平。";
    private static readonly string PlanBody = Path.Combine("data", "templates", "partials", "plan-body.hbs");

    [Fact]
    public void A_sentence_changed_in_the_plan_template_shows_under_the_plan_and_the_notice_and_not_under_the_unit_reports()
    {
        // Given the sample set with its own templates committed, then one sentence of the plan body reworded
        using var temp = new TempFolder();
        var repo = Committed(temp);
        ChangePlanSentence(repo);

        // When diff compares the working tree with HEAD
        var (exit, output, error) = CliRunner.Run(repo, "diff", "data", "--git", "HEAD");

        // Then the task division is unchanged, and the plan and the notice (which carries the plan) show the old and new sentence
        Assert.True(exit == 0, error);
        Assert.Equal("", error.Trim());
        var sections = Sections(output);
        Assert.StartsWith("任务分工没有变化。", output, StringComparison.Ordinal);
        Assert.Equal(["印发通知.docx", "实施方案.docx"], sections.Keys);
        Assert.All(sections.Values, ShowsTheSentenceChange);
        Assert.DoesNotContain("自查报告", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_text_changes_are_in_json_and_make_exit_code_1()
    {
        // Given the same template change
        using var temp = new TempFolder();
        var repo = Committed(temp);
        ChangePlanSentence(repo);

        // When diff runs with --format json, and with --exit-code, and once more on an unchanged tree
        var json = CliRunner.Run(repo, "diff", "data", "--git", "HEAD", "--format", "json");
        var exitCode = CliRunner.Run(repo, "diff", "data", "--git", "HEAD", "--exit-code");
        File.WriteAllText(Path.Combine(repo, PlanBody), File.ReadAllText(Path.Combine(repo, PlanBody)).Replace(NewSentence, OldSentence, StringComparison.Ordinal));
        var unchanged = CliRunner.Run(repo, "diff", "data", "--git", "HEAD", "--exit-code");

        // Then each changed document is a field with its file name and unified diff, and any text change is exit 1
        Assert.True(json.ExitCode == 0, json.Error);
        using var document = JsonDocument.Parse(json.Out);
        var documents = document.RootElement.GetProperty("documents").EnumerateArray()
            .ToDictionary(d => d.GetProperty("file").GetString()!, d => d.GetProperty("diff").GetString()!);
        Assert.Equal(["印发通知.docx", "实施方案.docx"], documents.Keys);
        Assert.All(documents.Values, ShowsTheSentenceChange);
        Assert.Empty(document.RootElement.GetProperty("changes").GetProperty("tasks").EnumerateArray());
        Assert.Equal(1, exitCode.ExitCode);
        Assert.Equal(0, unchanged.ExitCode);
        Assert.Equal("任务分工没有变化。", unchanged.Out.Trim());
    }

    [Fact]
    public void A_data_change_and_a_template_change_show_together()
    {
        // Given the template change, and task 2 reworded in tasks.csv
        using var temp = new TempFolder();
        var repo = Committed(temp);
        ChangePlanSentence(repo);
        var tasks = Path.Combine(repo, "data", "tasks.csv");
        File.WriteAllText(tasks, File.ReadAllText(tasks).Replace("2,基础工作,党政同责,3,对各乡镇", "2,基础工作,党政同责,3,对全县各乡镇", StringComparison.Ordinal));

        // When diff compares with HEAD
        var (exit, output, error) = CliRunner.Run(repo, "diff", "data", "--git", "HEAD");

        // Then the task is listed, the plan shows both the sentence and the task's new wording, and the table the task alone
        Assert.True(exit == 0, error);
        Assert.StartsWith("第2项任务（党政同责）：工作任务内容有改动", output, StringComparison.Ordinal);
        var sections = Sections(output);
        ShowsTheSentenceChange(sections["实施方案.docx"]);
        Assert.Contains(sections["实施方案.docx"].Split('\n'), l => l.StartsWith('+') && l.Contains("对全县各乡镇", StringComparison.Ordinal));
        Assert.Contains(sections["任务分工表.docx"].Split('\n'), l => l.StartsWith('+') && l.Contains("对全县各乡镇", StringComparison.Ordinal));
        Assert.DoesNotContain(NewSentence, sections["任务分工表.docx"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_version_whose_documents_cannot_be_made_is_compared_by_its_task_division_alone_and_says_so()
    {
        // Given the template change, and task 2 reworded and led by a unit nobody registered (DG2103: no document can be made)
        using var temp = new TempFolder();
        var repo = Committed(temp);
        ChangePlanSentence(repo);
        var tasks = Path.Combine(repo, "data", "tasks.csv");
        File.WriteAllText(tasks, File.ReadAllText(tasks).Replace("2,基础工作,党政同责,3,对各乡镇", "2,基础工作,党政同责,3,对全县各乡镇", StringComparison.Ordinal)
            .Replace("政绩的重要指标。,食药安办,", "政绩的重要指标。,市场监督局,", StringComparison.Ordinal));

        // When diff compares with HEAD
        var (exit, output, error) = CliRunner.Run(repo, "diff", "data", "--git", "HEAD");

        // Then the task division is compared, the error is reported once at its row, and no document's text is shown
        Assert.True(exit == 0, error);
        Assert.Contains("第2项任务（党政同责）：工作任务内容有改动", output, StringComparison.Ordinal);
        Assert.Contains("未比较各文件的文字", output, StringComparison.Ordinal);
        Assert.Empty(Sections(output));
        var unknown = error.Split('\n').Where(l => l.Contains("error DG2103: ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(unknown);
        Assert.Equal(unknown.Distinct().Count(), unknown.Count);
    }

    /// <summary>A hunk that takes out the line ending in the old sentence and puts in one ending in the new.</summary>
    private static void ShowsTheSentenceChange(string diff)
    {
        var lines = diff.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("@@ -", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith('-') && l.EndsWith(OldSentence, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith('+') && l.EndsWith(NewSentence, StringComparison.Ordinal));
    }

    /// <summary>A scratch repository holding a copy of the sample set, its own templates included, committed once.</summary>
    private static string Committed(TempFolder temp)
    {
        var repo = temp["repo"];
        Repository.CopyFolder(Repository.SampleSet, Path.Combine(repo, "data"));
        Assert.Contains(OldSentence, File.ReadAllText(Path.Combine(repo, PlanBody)), StringComparison.Ordinal);
        Git(repo, "init -q");
        Git(repo, "-c user.email=t@t -c user.name=t add -A");
        Git(repo, "-c user.email=t@t -c user.name=t commit -q -m sample");
        return repo;
    }

    private static void ChangePlanSentence(string repo)
    {
        var body = Path.Combine(repo, PlanBody);
        File.WriteAllText(body, File.ReadAllText(body).Replace(OldSentence, NewSentence, StringComparison.Ordinal));
    }

    /// <summary>The text under each “== 文件 的文字变化 ==” heading, by the document's file name.</summary>
    private static Dictionary<string, string> Sections(string output)
    {
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        string? current = null;
        foreach (var line in output.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.StartsWith("== ", StringComparison.Ordinal) && line.EndsWith(" 的文字变化 ==", StringComparison.Ordinal))
                sections[current = line[3..^" 的文字变化 ==".Length]] = "";
            else if (current is not null)
                sections[current] += line + "\n";
        }
        return sections;
    }

    private static void Git(string folder, string arguments)
    {
        using var git = Process.Start(new ProcessStartInfo("git", arguments) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true })!;
        git.WaitForExit();
        Assert.Equal(0, git.ExitCode);
    }
}
