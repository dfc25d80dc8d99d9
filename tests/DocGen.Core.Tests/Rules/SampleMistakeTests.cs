using DocGen.Diagnostics;
using DocGen.Tests.Support;

namespace DocGen.Tests.Rules;

/// <summary>
/// The plans of ../shared/samples, typed into task tables under tests/cases as offices keep them (issue 10): no
/// error on a correct row, and each real mistake of the plan caught at its file, line and column.
/// </summary>
public sealed class SampleMistakeTests
{
    private static string Case(string name) => Path.Combine(Repository.Root, "tests", "cases", name);

    private static SourceLocation At(string file, int line, int column) => new(Path.Combine("set", file), line, column);

    [Fact]
    public void Wei_County_garbled_sign_date_is_an_error_at_its_key()
    {
        using var set = new SetEditor(Case("wei-county"));
        var d = Assert.Single(set.Check(), d => d.Id == DiagnosticIds.DateInvalid);
        Assert.Equal(new SourceLocation(Path.Combine("set", "manifest.yaml"), 5, 7), d.Location);
        Assert.Contains("成文日期“20231月19”不是有效日期", d.Message);
    }

    [Fact]
    public void Wei_County_plan_typed_as_written_has_errors_only_at_its_real_mistakes()
    {
        // Given the 74 tasks of the Wei County plan, numbered 1.1, 1.2 … 39.2 as the plan numbers them, units as it
        // spells them, no deadlines, and phases as it dates them
        using var set = new SetEditor(Case("wei-county"));

        // When it is checked
        var errors = set.Check().Where(d => d.Severity == Severity.Error).ToList();

        // Then the errors are the plan's own: the garbled sign date, task 9.3 without a lead unit, and 县市场监管局
        // registered twice
        Assert.Equal(
            [
                (DiagnosticIds.DateInvalid, new SourceLocation(Path.Combine("set", "manifest.yaml"), 5, 7)),
                (DiagnosticIds.UnitAliasAmbiguous, At("units.csv", 36, 1)),
                (DiagnosticIds.LeadUnitMissing, At("tasks.csv", 19, 5)),
            ],
            errors.Select(d => (d.Id, d.Location!)));
        Assert.Contains("第9.3项任务没有牵头单位", errors[2].Message);
    }

    [Fact]
    public void Wei_County_plan_warns_of_a_lead_also_listed_as_responsible_and_sums_up_what_the_plan_leaves_open()
    {
        using var set = new SetEditor(Case("wei-county"));
        var warnings = set.Check().Where(d => d.Severity == Severity.Warning).ToList();

        // 34: 牵头单位 县发改局, 责任单位 … 发改 (the same bureau)
        var both = Assert.Single(warnings, d => d.Id == DiagnosticIds.UnitLeadsAndShares);
        Assert.Equal(At("tasks.csv", 64, 6), both.Location);
        Assert.Contains("“县发展和改革局”在第34项任务中既是牵头单位又是责任单位", both.Message);

        // One line each for the empty deadlines, the open first phase and the progress not yet reported
        Assert.StartsWith("74项任务", Assert.Single(warnings, d => d.Id == DiagnosticIds.TaskUntimed).Message);
        Assert.Contains("“安排部署阶段”没有开始时间", Assert.Single(warnings, d => d.Id == DiagnosticIds.PhaseDatesOpen).Message);
        Assert.Single(warnings, d => d.Id == DiagnosticIds.UnitWithoutProgress);
        Assert.DoesNotContain(warnings, d => d.Id is DiagnosticIds.TaskNumberOrder or DiagnosticIds.PhaseGap or DiagnosticIds.DeadlineOutsidePhases);
    }

    [Fact]
    public void Wei_County_plan_spells_the_development_and_reform_bureau_three_ways()
    {
        using var set = new SetEditor(Case("wei-county"));
        var spellings = set.Check().Where(d => d.Id == DiagnosticIds.UnitSpelledTwoWays && d.Message.Contains("县发展和改革局", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, spellings.Count);
        Assert.All(spellings, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Contains(spellings, d => d.Message.StartsWith("“发改局”与“发改”", StringComparison.Ordinal));
        Assert.Contains(spellings, d => d.Message.StartsWith("“县发改局”与“发改”", StringComparison.Ordinal));
    }

    [Fact]
    public void Town_plan_typed_with_chinese_numbers_has_only_its_reversed_phase_as_an_error()
    {
        // Given the town plan's tasks numbered 一 … 四, 五.1 … 五.7, no deadlines
        using var set = new SetEditor(Case("town-plan"));

        // When it is checked
        var diagnostics = set.Check();

        // Then the only error is the phase that ends before it starts, and the numbers are in order
        var d = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((DiagnosticIds.PhaseEndsBeforeStart, At("phases.csv", 5, 3)), (d.Id, d.Location));
        Assert.Contains("“巩固提升阶段”结束于2024年1月，早于开始的2024年12月", d.Message);
        Assert.DoesNotContain(diagnostics, d => d.Id is DiagnosticIds.TaskNumberOrder or DiagnosticIds.TaskNumberInvalid or DiagnosticIds.PhaseBeforeSignDate);
        Assert.Single(diagnostics, d => d.Id == DiagnosticIds.TaskUntimed);
    }
}
