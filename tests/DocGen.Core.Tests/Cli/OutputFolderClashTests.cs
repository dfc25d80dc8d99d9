using DocGen.Tests.Support;

namespace DocGen.Tests.Cli;

/// <summary>Several sets in one run, and the command line: no set writes into another's folder, no empty path reaches the system.</summary>
[Collection("Console")]
public sealed class OutputFolderClashTests
{
    [Fact]
    public void Two_sets_with_one_folder_name_are_an_error_naming_both_before_anything_is_written()
    {
        // Given two sets both called 镇, and an output folder holding someone's file
        using var temp = new TempFolder();
        Repository.CopyFolder(Repository.SampleSet, temp["a/镇"]);
        Repository.CopyFolder(Repository.SampleSet, temp["b/镇"]);
        Directory.CreateDirectory(temp["out"]);
        File.WriteAllText(temp["out/笔记.txt"], "mine");

        // When both are built in one run
        var (exit, _, error) = CliRunner.Run(temp.Path, "build", "a/镇", "b/镇", "--out", "out", "--templates", Repository.Templates);

        // Then DG5007 names both sets, the exit code is 3, and the output folder is as it was
        Assert.Equal(3, exit);
        Assert.Contains($"error DG5007: 文件集“{Path.Combine("a", "镇")}”和“{Path.Combine("b", "镇")}”都会写到“{Path.Combine("out", "镇")}”", error);
        Assert.Equal([temp["out/笔记.txt"]], Directory.GetFileSystemEntries(temp["out"]));
        Assert.Equal("mine", File.ReadAllText(temp["out/笔记.txt"]));
    }

    [Fact]
    public void A_set_typed_with_a_trailing_slash_writes_into_its_own_folder_not_into_out_itself()
    {
        // Given two sets, one typed as shell completion types it
        using var temp = new TempFolder();
        Repository.CopyFolder(Repository.SampleSet, temp["sets/a"]);
        Repository.CopyFolder(Repository.SampleSet, temp["sets/b"]);

        // When they are built in one run
        var (exit, _, error) = CliRunner.Run(temp.Path, "build", "sets/a/", "sets/b", "--out", "out", "--templates", Repository.Templates);

        // Then each has its own folder and nothing lands in out itself
        Assert.True(exit == 0, error);
        Assert.Equal(["a", "b"], Directory.GetDirectories(temp["out"]).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Empty(Directory.GetFiles(temp["out"]));
        Assert.Equal(33, Directory.GetFiles(temp["out/a"], "*.docx").Length);
    }

    [Fact]
    public void An_out_that_is_a_file_is_reported_once_for_all_sets()
    {
        // Given two sets and --out naming an existing file
        using var temp = new TempFolder();
        Repository.CopyFolder(Repository.SampleSet, temp["sets/a"]);
        Repository.CopyFolder(Repository.SampleSet, temp["sets/b"]);
        File.WriteAllText(temp["out"], "a file");

        // When both are built
        var (exit, _, error) = CliRunner.Run(temp.Path, "build", "sets", "--out", "out", "--templates", Repository.Templates);

        // Then DG5002 is printed once, and the file is untouched
        Assert.Equal(3, exit);
        Assert.Single(error.Split('\n'), l => l.Contains("DG5002", StringComparison.Ordinal));
        Assert.Equal("a file", File.ReadAllText(temp["out"]));
    }

    [Theory]
    [InlineData("build", "")]
    [InlineData("build", "set", "--out", "")]
    [InlineData("build", "set", "--templates", "")]
    [InlineData("check", "set", "--templates", "")]
    public void An_empty_path_on_the_command_line_is_a_usage_error(params string[] args)
    {
        using var temp = new TempFolder();
        Repository.CopySample(temp);

        var (exit, _, error) = CliRunner.Run(temp.Path, args);

        Assert.Equal(2, exit);
        Assert.Contains("error DG0001", error);
        Assert.DoesNotContain("DG9001", error);
    }

    [Fact]
    public void Keep_md_never_overwrites_a_users_markdown()
    {
        // Given an output folder where the user keeps their own 实施方案.md
        using var temp = new TempFolder();
        Repository.CopySample(temp);
        Directory.CreateDirectory(temp["out"]);
        File.WriteAllText(temp["out/实施方案.md"], "我的修改稿");

        // When the set is built with --keep-md, twice
        var first = CliRunner.Run(temp.Path, "build", "set", "--out", "out", "--templates", Repository.Templates, "--keep-md");
        var second = CliRunner.Run(temp.Path, "build", "set", "--out", "out", "--templates", Repository.Templates, "--keep-md");

        // Then the user's file is byte-identical, each build says why (DG5004) and DocGen's own Markdown is still rewritten
        Assert.Equal("我的修改稿", File.ReadAllText(temp["out/实施方案.md"]));
        Assert.All(new[] { first, second }, run =>
        {
            Assert.Equal(3, run.ExitCode);
            Assert.Single(run.Error.Split('\n'), l => l.Contains("DG5004", StringComparison.Ordinal));
            Assert.Contains($"{Path.Combine("out", "实施方案.md")}: error DG5004", run.Error);
        });
        Assert.True(File.Exists(temp["out/印发通知.md"]));
    }

    [Fact]
    public void Check_reports_two_units_whose_reports_would_share_a_file()
    {
        using var temp = new TempFolder();
        var set = Repository.CopySample(temp);
        File.AppendAllText(Path.Combine(set, "units.csv"), "县商务局.,,是\n");
        var tasks = File.ReadAllText(Path.Combine(set, "tasks.csv"));
        File.WriteAllText(Path.Combine(set, "tasks.csv"), tasks.Replace("县委巡察办、县督查中心", "县委巡察办、县商务局.、县督查中心", StringComparison.Ordinal));

        var (exit, _, error) = CliRunner.Run(temp.Path, "check", "set", "--templates", Repository.Templates);

        Assert.Equal(1, exit);
        Assert.Contains("error DG2110: “县商务局.”与“县商务局”", error);
    }
}
