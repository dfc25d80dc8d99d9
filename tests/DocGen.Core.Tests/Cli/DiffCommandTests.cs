using System.Diagnostics;
using DocGen.Tests.Support;

namespace DocGen.Tests.Cli;

[Collection("Console")]
public sealed class DiffCommandTests
{
    [Fact]
    public void Compares_the_working_tree_with_a_git_revision_and_writes_an_adjustment_note()
    {
        // Given a set committed to git, then one lead unit reassigned in the working tree
        using var temp = new TempFolder();
        using var set = new SetEditor();
        var repo = temp["repo"];
        Repository.CopyFolder(set.Folder, Path.Combine(repo, "set"));
        Git(repo, "init -q");
        Git(repo, "-c user.email=t@t -c user.name=t add -A");
        Git(repo, "-c user.email=t@t -c user.name=t commit -q -m sample");
        var tasks = Path.Combine(repo, "set", "tasks.csv");
        File.WriteAllText(tasks, File.ReadAllText(tasks).Replace("2,基础工作,党政同责,3,对各乡镇", "2,基础工作,党政同责,3,对全县各乡镇", StringComparison.Ordinal));

        // When diff runs against HEAD with --docx
        var (exit, output, error) = CliRunner.Run(repo, "diff", "set", "--git", "HEAD", "--docx", "调整说明.docx");

        // Then the rewording is named first (the documents' text changes follow) and the note is a valid document
        Assert.True(exit == 0, error);
        Assert.Equal("第2项任务（党政同责）：工作任务内容有改动", output.Split('\n')[0].Trim());
        using var note = new DocxReader(Path.Combine(repo, "调整说明.docx"));
        Assert.Empty(note.ValidationErrors());
        Assert.Contains("第2项任务（党政同责）：工作任务内容有改动。", note.Paragraphs);
    }

    [Fact]
    public void File_names_and_revisions_that_look_like_git_options_change_nothing_in_the_repository()
    {
        // Given a committed set whose folder also holds files named like git options, beside the repository's README
        using var temp = new TempFolder();
        using var set = new SetEditor();
        var repo = temp["repo"];
        Repository.CopyFolder(set.Folder, Path.Combine(repo, "set"));
        // git quotes a name holding a quote; split unescaped, the quoted name became “HEAD:set/manifest.yaml --output=README.md …”.
        string[] hostile = ["manifest.yaml --output=README.md \"", "manifest.yaml\" --output=README.md \"x", "--output=README.md", "-p", "a b\tc\nd"];
        foreach (var name in hostile)
            File.WriteAllText(Path.Combine(repo, "set", name), "hostile");
        File.WriteAllText(Path.Combine(repo, "README.md"), "the repository's own readme");
        Git(repo, "init -q");
        Git(repo, "-c user.email=t@t -c user.name=t add -A");
        Git(repo, "-c user.email=t@t -c user.name=t commit -q -m sample");
        var before = Directory.GetFiles(repo, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}.git{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToDictionary(f => f, File.ReadAllBytes);

        // When diff compares the set with HEAD, and then with a revision that is an option
        var (exit, output, error) = CliRunner.Run(repo, "diff", "set", "--git", "HEAD");
        var (optionExit, _, optionError) = CliRunner.Run(repo, "diff", "set", "--git", "--output=README.md");

        // Then the comparison works, the option-like revision is an unknown revision, and no file of the repository changed
        Assert.True(exit == 0, error);
        Assert.Equal("任务分工没有变化。", output.Trim());
        Assert.Equal(1, optionExit);
        Assert.Contains("DG5006", optionError, StringComparison.Ordinal);
        var after = Directory.GetFiles(repo, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}.git{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToDictionary(f => f, File.ReadAllBytes);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.All(before, pair => Assert.Equal(pair.Value, after[pair.Key]));
    }

    [Fact]
    public void The_adjustment_note_never_replaces_a_file_DocGen_did_not_write()
    {
        // Given two versions of a set, and beside them the office's own 调整说明.docx
        using var temp = new TempFolder();
        Repository.CopyFolder(Repository.SampleSet, temp["old"]);
        Repository.CopyFolder(Repository.SampleSet, temp["new"]);
        var tasks = Path.Combine(temp["new"], "tasks.csv");
        File.WriteAllText(tasks, File.ReadAllText(tasks).Replace("2,基础工作,党政同责,3,对各乡镇", "2,基础工作,党政同责,3,对全县各乡镇", StringComparison.Ordinal));
        File.WriteAllText(temp["调整说明.docx"], "the office's own note");

        // When diff is asked to write its note under that name
        var (exit, _, error) = CliRunner.Run(temp.Path, "diff", "old", "new", "--docx", "调整说明.docx");

        // Then the office's file is kept, with DG5004 and exit 3
        Assert.Equal(3, exit);
        Assert.Contains("error DG5004: ", error);
        Assert.Equal("the office's own note", File.ReadAllText(temp["调整说明.docx"]));

        // And under a new name the note is written, and a second run replaces DocGen's own note without complaint
        Assert.Equal(0, CliRunner.Run(temp.Path, "diff", "old", "new", "--docx", "说明.docx").ExitCode);
        File.WriteAllText(tasks, File.ReadAllText(tasks).Replace("对全县各乡镇", "对全县全部乡镇", StringComparison.Ordinal));
        var (again, _, againError) = CliRunner.Run(temp.Path, "diff", "old", "new", "--docx", "说明.docx");
        Assert.True(again == 0, againError);
        using var note = new DocxReader(temp["说明.docx"]);
        Assert.Empty(note.ValidationErrors());
    }

    [Fact]
    public void Exit_code_says_whether_anything_changed_and_json_kinds_are_stable_ascii()
    {
        // Given two equal copies of the sample and a third with one task reworded
        using var temp = new TempFolder();
        foreach (var name in new[] { "a", "b", "c" })
            Repository.CopyFolder(Repository.SampleSet, temp[name]);
        var tasks = Path.Combine(temp["c"], "tasks.csv");
        File.WriteAllText(tasks, File.ReadAllText(tasks).Replace("2,基础工作,党政同责,3,对各乡镇", "2,基础工作,党政同责,3,对全县各乡镇", StringComparison.Ordinal));

        // When each is compared with --exit-code, and the change also as JSON
        var same = CliRunner.Run(temp.Path, "diff", "a", "b", "--exit-code");
        var changed = CliRunner.Run(temp.Path, "diff", "a", "c", "--exit-code");
        var json = CliRunner.Run(temp.Path, "diff", "a", "c", "--format", "json");

        // Then no change is 0 and a change is 1, as git diff --exit-code; without the option a change is 0 too
        Assert.Equal(0, same.ExitCode);
        Assert.Equal(1, changed.ExitCode);
        Assert.Equal(0, json.ExitCode);
        using var document = System.Text.Json.JsonDocument.Parse(json.Out);
        var kinds = document.RootElement.GetProperty("changes").GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("kind").GetString());
        Assert.Equal(["changed"], kinds);
    }

    [Fact]
    public void A_version_with_data_errors_is_still_compared_and_its_errors_are_named_at_their_rows()
    {
        // Given the sample, and a copy whose task 2 is reworded and whose task 12 names a unit nobody registered
        using var temp = new TempFolder();
        Repository.CopyFolder(Repository.SampleSet, temp["a"]);
        using var broken = new SetEditor().SetCell("tasks.csv", "12,", 5, "市场监督局");
        var tasks = broken.PathOf("tasks.csv");
        File.WriteAllText(tasks, File.ReadAllText(tasks).Replace("2,基础工作,党政同责,3,对各乡镇", "2,基础工作,党政同责,3,对全县各乡镇", StringComparison.Ordinal));

        // When the two are compared
        var (exit, output, error) = CliRunner.Run(temp.Path, "diff", "a", broken.Folder);

        // Then the rewording is listed and the unreadable cell is an error at its row, and the comparison still succeeds
        Assert.True(exit == 0, error);
        Assert.Contains("第2项任务（党政同责）：工作任务内容有改动", output);
        Assert.Contains("tasks.csv(13,6): error DG2103: ", error);
    }

    [Fact]
    public void The_note_cannot_go_to_standard_output()
    {
        using var temp = new TempFolder();
        Repository.CopyFolder(Repository.SampleSet, temp["a"]);
        var (exit, _, error) = CliRunner.Run(temp.Path, "diff", "a", "a", "--docx", "-");
        Assert.Equal(2, exit);
        Assert.Contains("error DG0001: --docx 需要文件名", error);
    }

    [Fact]
    public void Needs_two_folders_or_one_with_a_revision()
    {
        using var temp = new TempFolder();
        Assert.Equal(2, CliRunner.Run(temp.Path, "diff", "a").ExitCode);
    }

    private static void Git(string folder, string arguments)
    {
        using var git = Process.Start(new ProcessStartInfo("git", arguments) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true })!;
        git.WaitForExit();
        Assert.Equal(0, git.ExitCode);
    }
}
