using DocGen.Diagnostics;
using DocGen.Tests.Support;

namespace DocGen.Tests.Rules;

/// <summary>DG2110: two units whose reports would be one file are an error at the later unit, found by check as by build.</summary>
public sealed class ReportFileNameTests
{
    private static readonly string Long = string.Concat(Enumerable.Repeat("县市场监督管理局", 12));

    [Theory]
    [InlineData("县商务局", "县商务局.")]
    [InlineData("A/B", "A:B")]
    [InlineData("县ABC局", "县abc局")]
    [InlineData("甲", "乙")]
    public void Two_units_whose_report_names_become_one_file_name_are_an_error_at_the_later_units_row(string first, string second)
    {
        // Given two registered units that both share task 1 ("甲"/"乙" stand for two long names with one long prefix)
        (first, second) = (first == "甲" ? Long + "甲" : first, second == "乙" ? Long + "乙" : second);
        using var set = new SetEditor();
        foreach (var unit in new[] { first, second }.Where(u => set.LineOf("units.csv", u + ",") == 0))
            set.Append("units.csv", $"{unit},,是");
        set.SetCell("tasks.csv", "1,", 6, $"县委巡察办、县督查中心、乡镇政府、{first}、{second}");

        // When the set is checked
        var diagnostics = set.Check();

        // Then one DG2110 names both units and the shared file name, at the later unit's row of units.csv
        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticIds.ReportFileNameClash, error.Id);
        Assert.Single(diagnostics, d => d.Id == DiagnosticIds.ReportFileNameClash);
        Assert.Equal((Path.Combine("set", "units.csv"), set.LineOf("units.csv", second + ",")), (error.Location!.Path, error.Location.Line));
        Assert.Contains($"“{second}”与“{first}”", error.Message);
        Assert.Contains("自查报告-", error.Message);
    }
}
