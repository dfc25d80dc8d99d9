using DocGen.Tests.Support;

namespace DocGen.Tests.Cli;

/// <summary>Command-line mistakes are usage errors (exit 2) in Chinese with the nearest name; help is Chinese throughout.</summary>
public sealed class UsageTests
{
    [Theory]
    [InlineData("build --prview", "未知的选项“--prview”，是不是 --preview？")]
    [InlineData("check data --strcit", "未知的选项“--strcit”，是不是 --strict？")]
    [InlineData("import a.docx --outt b", "未知的选项“--outt”，是不是 --out？")]
    [InlineData("chek", "未知的命令“chek”，是不是 check？")]
    [InlineData("help biuld", "未知的命令“biuld”，是不是 build？")]
    [InlineData("build --out", "选项“--out”缺少值。")]
    [InlineData("build -o", "选项“-o”缺少值。")]
    [InlineData("diff a --git", "选项“--git”缺少值。")]
    [InlineData("check --format xml", "选项“--format”的值“xml”无效，可用：text、json。")]
    [InlineData("init", "缺少参数 DIR。")]
    [InlineData("", "没有给出命令，可用：build、check、init、diff、import、help。")]
    public void A_mistyped_command_line_is_a_usage_error_in_Chinese(string arguments, string expected)
    {
        // Given an empty folder, so a mistyped option cannot pass for a set folder
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.Path);

        // When docgen runs with the mistake
        var (exit, output, error) = CliRunner.Run(temp.Path, arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        // Then it is DG0001 with exit 2, naming what was meant, and no data error or English text
        Assert.True(exit == 2, error + output);
        Assert.Contains($"error DG0001: {expected}", error);
        Assert.DoesNotContain("DG1001", error);
        Assert.DoesNotMatch("[A-Za-z]{4,} [a-z]{3,}", error.Replace("docgen", "", StringComparison.Ordinal));
        Assert.All(error.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.Matches("[。？]$", line));
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("build --help")]
    [InlineData("check --help")]
    [InlineData("init --help")]
    [InlineData("diff --help")]
    [InlineData("import --help")]
    [InlineData("help build")]
    public void Help_is_Chinese_with_examples_and_exit_codes(string arguments)
    {
        // When help is asked for, of the tool or of a command (diff has a required argument that is missing)
        var (exit, output, error) = CliRunner.Run(Repository.Root, arguments.Split(' '));

        // Then it is shown in Chinese, with the library's English headings gone, two examples and the exit codes
        Assert.True(exit == 0, error);
        Assert.StartsWith("用法：docgen", output);
        foreach (var english in new[] { "Description:", "Usage:", "Options:", "Commands:", "Arguments:", "Show help", "[default:" })
            Assert.DoesNotContain(english, output);
        Assert.Contains("-h, --help", output);
        Assert.Equal(2, output.Split('\n').Count(line => line.StartsWith("  docgen ", StringComparison.Ordinal)));
        Assert.Contains("退出码：0 成功", output);
    }

    [Fact]
    public void Help_of_a_command_is_the_same_however_it_is_asked_for()
    {
        Assert.Equal(CliRunner.Run(Repository.Root, "build", "--help").Out, CliRunner.Run(Repository.Root, "help", "build").Out);
        Assert.Equal(CliRunner.Run(Repository.Root, "--help").Out, CliRunner.Run(Repository.Root, "help").Out);
    }

    [Fact]
    public void The_completion_directive_offers_commands_and_options()
    {
        // What dotnet-suggest asks the program for when the user presses Tab (README “命令行补全”)
        var commands = CliRunner.Run(Repository.Root, "[suggest:9]", "docgen bu").Out;
        var options = CliRunner.Run(Repository.Root, "[suggest:16]", "docgen build --p").Out;

        Assert.Equal("build", commands.Trim());
        Assert.Equal(["--pdf", "--preview", "--prune"], options.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public void Short_aliases_work_as_the_long_options()
    {
        // Given a copy of the sample set
        using var temp = new TempFolder();
        Repository.CopyFolder(Repository.SampleSet, temp["set"]);

        // When it is built with -o, -q and -f
        var (exit, output, error) = CliRunner.Run(temp.Path, "build", "set", "-o", "出", "-q", "-f", "json", "--templates", Repository.Templates);

        // Then the documents land in the named folder, and stdout is the JSON report of that folder
        Assert.True(exit == 0, error);
        Assert.True(File.Exists(temp["出/实施方案.docx"]));
        using var report = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal("出", report.RootElement.GetProperty("sets")[0].GetProperty("out").GetString());
    }
}
