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

        // Then the rewording is named and the note is a valid document
        Assert.True(exit == 0, error);
        Assert.Equal("第2项任务（党政同责）：工作任务内容有改动", output.Trim());
        using var note = new DocxReader(Path.Combine(repo, "调整说明.docx"));
        Assert.Empty(note.ValidationErrors());
        Assert.Contains("第2项任务（党政同责）：工作任务内容有改动。", note.Paragraphs);
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
