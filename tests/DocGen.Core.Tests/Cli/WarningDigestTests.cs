using System.Text.Json;
using DocGen.Tests.Support;

namespace DocGen.Tests.Cli;

/// <summary>Text output shows the first five warnings of an id per set and one line for the rest; JSON lists all.</summary>
[Collection("Console")]
public sealed class WarningDigestTests
{
    [Fact]
    public void Seven_warnings_of_one_id_print_five_and_a_count_of_the_rest_while_json_lists_all_seven()
    {
        // Given seven tasks with two lead units each (DG2106, one line per task)
        using var temp = new TempFolder();
        var set = Repository.CopySample(temp);
        var path = Path.Combine(set, "tasks.csv");
        var lines = File.ReadAllLines(path);
        for (var i = 1; i <= 7; i++)
        {
            var cells = lines[i].Split(',');
            cells[5] += "、财政局";
            lines[i] = string.Join(",", cells);
        }
        File.WriteAllLines(path, lines);

        // When it is checked as text and as JSON
        var (exit, _, error) = CliRunner.Run(temp.Path, "check", "set", "--templates", Repository.Templates);
        var (_, json, _) = CliRunner.Run(temp.Path, "check", "set", "--templates", Repository.Templates, "--format", "json");

        // Then the text shows five of them, one line for the other two and the full count; JSON has all seven
        Assert.Equal(0, exit);
        Assert.Equal(5, error.Split('\n').Count(l => l.Contains("warning DG2106:", StringComparison.Ordinal)));
        Assert.Contains("……另有 2 条 DG2106", error);
        Assert.Contains("0 个错误，7 个警告", error);
        using var document = JsonDocument.Parse(json);
        Assert.Equal(7, document.RootElement.GetProperty("diagnostics").EnumerateArray().Count(e => e.GetProperty("id").GetString() == "DG2106"));
    }

    [Fact]
    public void Five_warnings_of_one_id_are_all_shown()
    {
        using var temp = new TempFolder();
        var set = Repository.CopySample(temp);
        var path = Path.Combine(set, "tasks.csv");
        var lines = File.ReadAllLines(path);
        for (var i = 1; i <= 5; i++)
        {
            var cells = lines[i].Split(',');
            cells[5] += "、财政局";
            lines[i] = string.Join(",", cells);
        }
        File.WriteAllLines(path, lines);

        var (_, _, error) = CliRunner.Run(temp.Path, "check", "set", "--templates", Repository.Templates);

        Assert.Equal(5, error.Split('\n').Count(l => l.Contains("warning DG2106:", StringComparison.Ordinal)));
        Assert.DoesNotContain("另有", error);
    }

    [Fact]
    public void Errors_are_never_cut_short()
    {
        using var temp = new TempFolder();
        var set = Repository.CopySample(temp);
        var path = Path.Combine(set, "tasks.csv");
        var lines = File.ReadAllLines(path);
        for (var i = 1; i <= 7; i++)
        {
            var cells = lines[i].Split(',');
            cells[7] = "2023年2月30日";
            lines[i] = string.Join(",", cells);
        }
        File.WriteAllLines(path, lines);

        var (exit, _, error) = CliRunner.Run(temp.Path, "check", "set", "--templates", Repository.Templates);

        Assert.Equal(1, exit);
        Assert.Equal(7, error.Split('\n').Count(l => l.Contains("error DG1206:", StringComparison.Ordinal)));
    }
}
