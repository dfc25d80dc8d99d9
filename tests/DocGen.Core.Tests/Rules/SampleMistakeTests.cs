using DocGen.Diagnostics;
using DocGen.Tests.Support;

namespace DocGen.Tests.Rules;

/// <summary>
/// The real mistakes of ../shared/samples, transcribed into small sets under tests/cases: each must be caught at
/// its file, line and column.
/// </summary>
public sealed class SampleMistakeTests
{
    private static string Case(string name) => Path.Combine(Repository.Root, "tests", "cases", name);

    [Fact]
    public void Wei_County_garbled_sign_date_is_an_error_at_its_key()
    {
        using var set = new SetEditor(Case("wei-county"));
        var d = Assert.Single(set.Check(), d => d.Id == DiagnosticIds.DateInvalid);
        Assert.Equal(new SourceLocation(Path.Combine("set", "manifest.yaml"), 5, 7), d.Location);
        Assert.Contains("成文日期“20231月19”不是有效日期", d.Message);
    }

    [Fact]
    public void Wei_County_three_spellings_of_the_market_regulation_bureau_are_caught()
    {
        using var set = new SetEditor(Case("wei-county"));
        var diagnostics = set.Check();
        var unknown = Assert.Single(diagnostics, d => d.Id == DiagnosticIds.UnitUnknown);
        Assert.Equal((Severity.Error, 4, 7), (unknown.Severity, unknown.Location!.Line, unknown.Location.Column));
        Assert.Equal("未知单位“区市场监管局”，是否为“县市场监管局”？", unknown.Message);
        var spelling = Assert.Single(diagnostics, d => d.Id == DiagnosticIds.UnitSpelledTwoWays);
        Assert.Equal((Severity.Warning, 3, 6), (spelling.Severity, spelling.Location!.Line, spelling.Location.Column));
        Assert.Contains("“县市场监管局”与“市场监管局”", spelling.Message);
    }

    [Fact]
    public void Town_plan_phase_that_ends_before_it_starts_is_an_error_at_its_end_cell()
    {
        using var set = new SetEditor(Case("town-plan"));
        var d = Assert.Single(set.Check(), d => d.Id == DiagnosticIds.PhaseEndsBeforeStart);
        Assert.Equal((Severity.Error, new SourceLocation(Path.Combine("set", "phases.csv"), 5, 3)), (d.Severity, d.Location));
        Assert.Contains("“巩固提升阶段”结束于2024年1月，早于开始的2024年12月", d.Message);
    }
}
