using DocGen.Diagnostics;
using DocGen.Tests.Support;

namespace DocGen.Tests.Rules;

/// <summary>
/// Phases whose start, end or both the plan leaves open (issue 10): one warning for the set, and every timeline rule
/// uses the bounds that are known and stays silent about the others.
/// </summary>
public sealed class OpenPhaseTests
{
    private const string Phases = "phases.csv";

    [Fact]
    public void A_phase_without_a_start_is_one_warning_and_the_plan_date_is_not_compared_with_it()
    {
        // Given the first phase written as the Wei County plan dates it, “2023年1月底前”, in either column
        foreach (var row in new[] { "安排部署阶段,,2023年1月底前", "安排部署阶段,2023年1月底前," })
        {
            using var set = new SetEditor().Replace(Phases, "安排部署阶段,2023-01,2023-01-31", row)
                .Replace("manifest.yaml", "成文日期: 2023年1月19日", "成文日期: 2023年1月29日").Replace("manifest.yaml", "印发日期: 2023年1月19日", "印发日期: 2023年1月29日");

            // When it is checked, then it is said once, at the empty start, and nothing else is reported
            var d = Assert.Single(set.Check());
            Assert.Equal((DiagnosticIds.PhaseDatesOpen, Severity.Warning), (d.Id, d.Severity));
            Assert.Equal(2, d.Location!.Line);
            Assert.Equal("1个阶段的起止时间不全：“安排部署阶段”没有开始时间；阶段的先后、空档和时限检查只按已写明的时间进行。", d.Message);
        }
    }

    [Fact]
    public void Several_open_phases_are_one_warning()
    {
        using var set = new SetEditor().Replace(Phases, "安排部署阶段,2023-01,2023-01-31", "安排部署阶段,,")
            .Replace(Phases, "省级验收阶段,2024年7月,2024-12-31", "省级验收阶段,2024年7月开始,");
        var d = Assert.Single(set.Check());
        Assert.Equal(DiagnosticIds.PhaseDatesOpen, d.Id);
        Assert.Contains("“安排部署阶段”没有起止时间，“省级验收阶段”没有结束时间", d.Message);
    }

    [Fact]
    public void A_deadline_after_an_open_last_phase_is_not_outside_the_phases()
    {
        using var set = new SetEditor().Replace(Phases, "省级验收阶段,2024年7月,2024-12-31", "省级验收阶段,2024年7月,")
            .SetCell("tasks.csv", "2,", 7, "2025年3月底前").SetCell("tasks.csv", "2,", 8, "");
        Assert.Equal([DiagnosticIds.PhaseDatesOpen], set.Check().Select(d => d.Id));
    }

    [Fact]
    public void A_deadline_before_the_known_start_is_still_outside_the_phases()
    {
        using var set = new SetEditor().Replace(Phases, "省级验收阶段,2024年7月,2024-12-31", "省级验收阶段,2024年7月,")
            .SetCell("tasks.csv", "2,", 7, "2022年3月底前").SetCell("tasks.csv", "2,", 8, "");
        Assert.Equal([DiagnosticIds.PhaseDatesOpen, DiagnosticIds.DeadlineOutsidePhases], set.Check().Select(d => d.Id).Order());
    }

    [Fact]
    public void No_gap_is_reported_after_a_phase_with_an_open_end_but_an_earlier_start_still_overlaps()
    {
        using var gap = new SetEditor().Replace(Phases, "市级初评阶段,2024-01,2024年6月", "市级初评阶段,2024-01,")
            .Replace(Phases, "省级验收阶段,2024年7月", "省级验收阶段,2024年9月");
        Assert.Equal([DiagnosticIds.PhaseDatesOpen], gap.Check().Select(d => d.Id));

        using var overlap = new SetEditor().Replace(Phases, "市级初评阶段,2024-01,2024年6月", "市级初评阶段,2024-01,")
            .Replace(Phases, "省级验收阶段,2024年7月", "省级验收阶段,2023年12月");
        var d = Assert.Single(overlap.Check(), d => d.Id == DiagnosticIds.PhasesOverlap);
        Assert.Equal((5, 2), (d.Location!.Line, d.Location.Column));
    }

    [Fact]
    public void The_self_inspection_deadline_is_checked_against_the_known_bound_only()
    {
        using var open = new SetEditor().Replace(Phases, "全面创建阶段,2023年2月,2023-12-31", "全面创建阶段,2023年2月,")
            .Replace(Phases, "市级初评阶段,2024-01", "市级初评阶段,2024-03");
        Assert.Equal([DiagnosticIds.PhaseDatesOpen], open.Check().Select(d => d.Id));

        using var before = new SetEditor().Replace(Phases, "全面创建阶段,2023年2月,2023-12-31", "全面创建阶段,2023年12月,")
            .Replace(Phases, "市级初评阶段,2024-01", "市级初评阶段,2024-03");
        Assert.Contains(before.Check(), d => d.Id == DiagnosticIds.SelfCheckOutsidePhase);
    }

    [Fact]
    public void Parts_of_a_month_are_understood_in_phase_dates()
    {
        // Given the first phase from the middle to the end of January: no gap before February, and begun after signing
        using var set = new SetEditor().Replace(Phases, "安排部署阶段,2023-01,2023-01-31", "安排部署阶段,2023年1月中旬,2023年1月下旬");
        Assert.Empty(set.Check());

        // And a phase of the first ten days, over before the plan was signed on 19 January
        using var early = new SetEditor().Replace(Phases, "安排部署阶段,2023-01,2023-01-31", "安排部署阶段,2023年1月上旬,2023年1月下旬");
        Assert.Equal([DiagnosticIds.PhaseBeforeSignDate], early.Check().Select(d => d.Id));
    }

    [Fact]
    public void An_open_phase_prints_its_known_bound_in_the_plan()
    {
        using var set = new SetEditor().Replace(Phases, "安排部署阶段,2023-01,2023-01-31", "安排部署阶段,,2023年1月底前");
        using var temp = new TempFolder();
        var result = SampleBuild.Build(set.Folder, temp["out"]);
        Assert.True(result.Succeeded, SampleBuild.Errors(result));
        using var plan = new DocxReader(Path.Combine(temp["out"], "实施方案.docx"));
        Assert.Contains(plan.Paragraphs, p => p.Contains("安排部署阶段（2023年1月底前）", StringComparison.Ordinal));
    }
}
