using DocGen.Diagnostics;
using DocGen.Tests.Support;

namespace DocGen.Tests.Rules;

/// <summary>One case per consistency diagnostic: an edit of the sample set and the id, severity and place it must give.</summary>
public sealed class RuleTests
{
    private const string Tasks = "tasks.csv";
    private const string Manifest = "manifest.yaml";

    [Fact]
    public void The_sample_set_is_clean() => Assert.Empty(new SetEditor().Check());

    [Theory]
    [InlineData("威政办[2023]1号", "六角括号")]
    [InlineData("威政办〔2023〕第1号", "不加“第”")]
    [InlineData("威政办〔23〕1号", "四位")]
    [InlineData("威政办〔2023〕01号", "虚位")]
    public void DG2001_malformed_document_number(string number, string hint)
    {
        using var set = new SetEditor().Replace(Manifest, "威政办〔2023〕1号", number);
        var d = Single(set.Check(), DiagnosticIds.DocumentNumberInvalid, Severity.Error, "set/manifest.yaml", 6, 7);
        Assert.Contains(hint, d.Message);
    }

    [Fact]
    public void DG2002_document_number_year_differs_from_the_sign_date() =>
        Single(new SetEditor().Replace(Manifest, "威政办〔2023〕1号", "威政办〔2022〕1号").Check(),
            DiagnosticIds.DocumentNumberYear, Severity.Error, "set/manifest.yaml", 6, 7);

    [Fact]
    public void DG2003_document_number_already_issued_under_another_title()
    {
        using var set = new SetEditor();
        File.WriteAllText(set.PathOf("register.csv"), "发文字号,标题\n威政办〔2023〕1号,威县人民政府办公室关于做好春节期间安全生产工作的通知\n");
        var d = Single(set.Check(), DiagnosticIds.DocumentNumberReused, Severity.Error, "set/manifest.yaml", 6, 7);
        Assert.Contains("春节期间安全生产", d.Message);
    }

    [Fact]
    public void DG2011_date_not_written_the_standard_way() =>
        Assert.Contains("应写成“2023年1月19日”", Single(new SetEditor().Replace(Manifest, "成文日期: 2023年1月19日", "成文日期: 2023年01月19日").Check(),
            DiagnosticIds.DateNotCanonical, Severity.Warning, "set/manifest.yaml", 7, 7).Message);

    [Fact]
    public void DG2012_print_date_before_sign_date() =>
        Single(new SetEditor().Replace(Manifest, "印发日期: 2023年1月19日", "印发日期: 2023年1月18日").Check(),
            DiagnosticIds.PrintDateBeforeSignDate, Severity.Error, "set/manifest.yaml", 21, 7);

    [Fact]
    public void DG2102_one_unit_in_two_spellings_shows_both()
    {
        using var set = new SetEditor().SetCell(Tasks, "2,", 5, "县食药安办");
        var d = Single(set.Check(), DiagnosticIds.UnitSpelledTwoWays, Severity.Warning, "set/tasks.csv", 3, 6);
        Assert.Contains("“县食药安办”与“食药安办”", d.Message);
    }

    [Fact]
    public void DG2103_unknown_unit_suggests_the_registered_one()
    {
        using var set = new SetEditor().SetCell(Tasks, "30,", 5, "区农业农村局");
        var d = Single(set.Check().Where(x => x.Id != DiagnosticIds.ProgressUnitNotAssigned), DiagnosticIds.UnitUnknown, Severity.Error, "set/tasks.csv", 31, 6);
        Assert.Equal("未知单位“区农业农村局”，是否为“县农业农村局”？", d.Message);
    }

    [Fact]
    public void DG2104_task_without_lead_unit() =>
        Single(new SetEditor().Append(Tasks, "64,否决项,补充任务,1,补充一项任务。,,教育局,2023年12月底前,").Check(),
            DiagnosticIds.LeadUnitMissing, Severity.Error, "set/tasks.csv", 65, 6);

    [Fact]
    public void DG2105_unit_both_leads_and_shares_a_task() =>
        Single(new SetEditor().SetCell(Tasks, "2,", 6, "县委组织部、乡镇政府、食药安办").Check(),
            DiagnosticIds.UnitLeadsAndShares, Severity.Warning, "set/tasks.csv", 3, 7);

    [Fact]
    public void DG2106_several_lead_units() =>
        Single(new SetEditor().SetCell(Tasks, "2,", 5, "食药安办、县委组织部").SetCell(Tasks, "2,", 6, "乡镇政府").Check(),
            DiagnosticIds.SeveralLeadUnits, Severity.Warning, "set/tasks.csv", 3, 6);

    [Fact]
    public void DG2201_phase_that_ends_before_it_starts() =>
        Single(new SetEditor().Replace("phases.csv", "省级验收阶段,2024年7月,2024-12-31", "省级验收阶段,2024年7月,2024-01").Check().Where(d => d.Id != DiagnosticIds.DeadlineOutsidePhases),
            DiagnosticIds.PhaseEndsBeforeStart, Severity.Error, "set/phases.csv", 5, 3);

    [Fact]
    public void DG2202_overlapping_phases() =>
        Single(new SetEditor().Replace("phases.csv", "省级验收阶段,2024年7月", "省级验收阶段,2024年5月").Check(),
            DiagnosticIds.PhasesOverlap, Severity.Error, "set/phases.csv", 5, 2);

    [Fact]
    public void DG2203_gap_between_phases() =>
        Single(new SetEditor().Replace("phases.csv", "省级验收阶段,2024年7月", "省级验收阶段,2024年8月").Check(),
            DiagnosticIds.PhaseGap, Severity.Warning, "set/phases.csv", 5, 2);

    [Fact]
    public void DG2204_plan_issued_after_its_first_phase_began() =>
        Single(new SetEditor().Replace(Manifest, "成文日期: 2023年1月19日", "成文日期: 2023年2月3日").Replace(Manifest, "印发日期: 2023年1月19日", "印发日期: 2023年2月3日").Check(),
            DiagnosticIds.PhaseBeforeSignDate, Severity.Warning, "set/phases.csv", 2, 2);

    [Fact]
    public void DG2205_self_inspection_deadline_outside_the_self_inspection_phase() =>
        Single(new SetEditor().Replace(Manifest, "自查截止日期: 2023年11月10日", "自查截止日期: 2024年2月10日").Check(),
            DiagnosticIds.SelfCheckOutsidePhase, Severity.Error, "set/manifest.yaml", 29, 9);

    [Fact]
    public void DG2206_named_self_inspection_phase_does_not_exist() =>
        Single(new SetEditor().Append(Manifest, "自查阶段: 自查自纠阶段").Check(),
            DiagnosticIds.SelfCheckPhaseMissing, Severity.Warning, "set/manifest.yaml", 34, 7);

    [Fact]
    public void DG2301_dated_deadline_outside_all_phases_is_a_warning_or_with_strict_an_error()
    {
        using var set = new SetEditor().SetCell(Tasks, "2,", 7, "2025年3月底前").SetCell(Tasks, "2,", 8, "");
        Single(set.Check(), DiagnosticIds.DeadlineOutsidePhases, Severity.Warning, "set/tasks.csv", 3, 8);
        Single(set.Check(strict: true), DiagnosticIds.DeadlineOutsidePhases, Severity.Error, "set/tasks.csv", 3, 8);
    }

    [Fact]
    public void DG2302_deadline_outside_its_named_phase() =>
        Single(new SetEditor().SetCell(Tasks, "2,", 7, "2024年3月底前").Check(),
            DiagnosticIds.DeadlineOutsideItsPhase, Severity.Warning, "set/tasks.csv", 3, 8);

    [Fact]
    public void DG2401_duplicate_number() =>
        Single(new SetEditor().SetCell(Tasks, "3,", 0, "2").Check().Where(d => d.Id != DiagnosticIds.TaskNumberOrder),
            DiagnosticIds.TaskNumberDuplicate, Severity.Error, "set/tasks.csv", 4, 1);

    [Fact]
    public void DG2402_numbers_out_of_order() =>
        Single(new SetEditor().SetCell(Tasks, "3,", 0, "70").Check().Where(d => d.Id != DiagnosticIds.ProgressTaskUnknown),
            DiagnosticIds.TaskNumberOrder, Severity.Warning, "set/tasks.csv", 4, 1);

    [Fact]
    public void DG2403_category_rows_not_together() =>
        Single(new SetEditor().Append(Tasks, "64,基础工作,补充任务,1,补充一项任务。,教育局,,2023年12月底前,").Check(),
            DiagnosticIds.GroupNotContiguous, Severity.Warning, "set/tasks.csv", 65, 2);

    [Fact]
    public void DG2404_category_score_total_differs_from_the_manifest()
    {
        using var set = new SetEditor().Append(Manifest, "类别分值:\n  基础工作: 60\n  能力建设: 31");
        var d = Single(set.Check(), DiagnosticIds.CategoryScoreMismatch, Severity.Error, "set/manifest.yaml", 36, 9);
        Assert.Contains("合计为30，与清单给出的31不符", d.Message);
    }

    [Fact]
    public void A_category_score_that_is_no_number_is_a_manifest_value_error_and_the_others_are_still_compared()
    {
        using var set = new SetEditor().Append(Manifest, "类别分值:\n  基础工作: 六十\n  能力建设: 31");
        var diagnostics = set.Check();
        Assert.Equal(2, diagnostics.Count);
        var d = Single(diagnostics.Where(x => x.Id == DiagnosticIds.ManifestValueNotAllowed), DiagnosticIds.ManifestValueNotAllowed, Severity.Error, "set/manifest.yaml", 35, 9);
        Assert.Contains("“六十”不是数字", d.Message);
        Assert.Contains("合计为30，与清单给出的31不符", Single(diagnostics.Where(x => x.Id == DiagnosticIds.CategoryScoreMismatch), DiagnosticIds.CategoryScoreMismatch, Severity.Error, "set/manifest.yaml", 36, 9).Message);
    }

    [Fact]
    public void DG2406_progress_for_a_task_that_does_not_exist() =>
        Single(new SetEditor().Append("progress.csv", "99,食药安办,已完成,做了。,,").Check(),
            DiagnosticIds.ProgressTaskUnknown, Severity.Error, "set/progress.csv", 79, 1);

    [Fact]
    public void DG2408_unit_with_tasks_but_no_progress()
    {
        using var set = new SetEditor().RemoveLines("progress.csv", l => l.Contains(",县法院,", StringComparison.Ordinal));
        Single(set.Check(), DiagnosticIds.UnitWithoutProgress, Severity.Warning, "set/units.csv", set.LineOf("units.csv", "县人民法院,"), 1);
    }

    [Fact]
    public void DG2408_no_progress_at_all_is_one_summary_line_at_progress_csv()
    {
        // Given the planning stage: progress.csv has its header and no rows yet
        using var set = new SetEditor().RemoveLines("progress.csv", _ => true);

        // When it is checked, then one warning stands for every unit, not one per unit
        var d = Assert.Single(set.Check());
        Assert.Equal((DiagnosticIds.UnitWithoutProgress, Severity.Warning, new SourceLocation(Path.Combine("set", "progress.csv"))), (d.Id, d.Severity, d.Location));
        Assert.Matches(@"^progress\.csv 中还没有任何进展，\d+个承担任务的单位都未报送", d.Message);
    }

    [Fact]
    public void DG2409_same_task_reported_twice_by_one_unit() =>
        Single(new SetEditor().Append("progress.csv", "1,食药安办,推进中,又报了一次。,,").Check(),
            DiagnosticIds.ProgressDuplicate, Severity.Error, "set/progress.csv", 79, 2);

    private static Diagnostic Single(IEnumerable<Diagnostic> diagnostics, string id, Severity severity, string path, int line, int column)
    {
        var list = diagnostics.ToList();
        Assert.True(list.Count == 1, string.Join("\n", list));
        var d = list[0];
        Assert.Equal((id, severity), (d.Id, d.Severity));
        Assert.Equal(new SourceLocation(path.Replace('/', Path.DirectorySeparatorChar), line, column), d.Location);
        return d;
    }
}
