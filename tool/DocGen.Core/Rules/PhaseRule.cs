using DocGen.Diagnostics;
using DocGen.Domain;

namespace DocGen.Rules;

/// <summary>
/// 工作步骤: each phase ends after it starts, phases follow one another without overlap (gaps are worth a look),
/// the plan is not issued after its first phase began, and the self-inspection deadline falls in the 自查 phase.
/// </summary>
internal sealed class PhaseRule : IRule
{
    public IReadOnlyList<RuleId> Ids { get; } =
    [
        new(DiagnosticIds.PhaseEndsBeforeStart, Severity.Error, "每个阶段的结束不早于开始"),
        new(DiagnosticIds.PhasesOverlap, Severity.Error, "各阶段按时间先后排列、互不重叠"),
        new(DiagnosticIds.PhaseGap, Severity.Warning, "相邻阶段之间没有空档"),
        new(DiagnosticIds.PhaseBeforeSignDate, Severity.Warning, "第一阶段不早于成文日期开始（否则方案印发时工作已经开始）"),
        new(DiagnosticIds.SelfCheckOutsidePhase, Severity.Error, "自查截止日期落在自查阶段（名称或工作内容含“自查”的阶段，或清单“自查阶段”指定的阶段）之内"),
        new(DiagnosticIds.SelfCheckPhaseMissing, Severity.Warning, "能找到自查阶段"),
        new(DiagnosticIds.PhaseDatesOpen, Severity.Warning, "各阶段的开始和结束时间都已写明（起止不全的阶段合并报一条；时间检查只用已知的时间）"),
    ];

    public void Check(DocumentSet set, RuleOptions options, DiagnosticBag diagnostics)
    {
        foreach (var phase in set.Phases.Where(p => p.IsReversed))
            diagnostics.Error(DiagnosticIds.PhaseEndsBeforeStart, phase.EndLocation,
                $"“{phase.Name}”结束于{phase.End}，早于开始的{phase.Start}，请核对起止时间（是否年份写错？）。");
        var ordered = set.Phases.Where(p => !p.IsReversed).ToList();
        ReportOpenDates(ordered, diagnostics);

        for (var i = 1; i < ordered.Count; i++)
        {
            var (previous, next) = (ordered[i - 1], ordered[i]);
            if (next.Start is not { } start)
                continue;
            // With the previous end open, only a start before the previous start is certainly out of order.
            var overlaps = previous.End is { } end ? start.First <= end.Last : previous.Start is { } s && start.First < s.First;
            if (overlaps)
                diagnostics.Error(DiagnosticIds.PhasesOverlap, next.StartLocation,
                    previous.End is null
                        ? $"“{next.Name}”开始于{start}，早于上一阶段“{previous.Name}”开始的{previous.Start}；各阶段应按先后排列、互不重叠。"
                        : $"“{next.Name}”开始于{start}，而上一阶段“{previous.Name}”到{previous.End}才结束；各阶段应按先后排列、互不重叠。");
            else if (previous.End is { } last && start.First > last.Last.AddDays(1))
                diagnostics.Warning(DiagnosticIds.PhaseGap, next.StartLocation,
                    $"“{previous.Name}”结束于{last}，“{next.Name}”开始于{start}，中间有空档，请确认。");
        }

        if (set.Facts is { } facts && ordered.FirstOrDefault() is { Start: { } firstStart } first && StartsBefore(firstStart, facts.SignDate))
            diagnostics.Warning(DiagnosticIds.PhaseBeforeSignDate, first.StartLocation,
                $"第一阶段“{first.Name}”开始于{firstStart}，早于成文日期{ChineseDate.Format(facts.SignDate)}：方案印发时该阶段已经开始，请核对。");

        if (set.Facts is not null)
            CheckSelfInspection(set, set.Facts, diagnostics);
    }

    /// <summary>
    /// A start known only to its month or part of it (<c>2023年1月</c>, <c>2024年5月上旬</c>) counts as in time for a plan
    /// signed within it.
    /// </summary>
    private static bool StartsBefore(PartialDate start, DateOnly date) => start.Day is null ? start.Last < date : start.First < date;

    /// <summary>One warning for the whole set, not one per phase: plans often leave the first start or the last end open.</summary>
    private static void ReportOpenDates(IReadOnlyList<Phase> phases, DiagnosticBag diagnostics)
    {
        var open = phases.Where(p => p.Start is null || p.End is null).ToList();
        if (open.Count == 0)
            return;
        var each = open.Select(p => $"“{p.Name}”{(p.Start, p.End) switch
        {
            (null, null) => "没有起止时间",
            (null, _) => "没有开始时间",
            _ => "没有结束时间",
        }}");
        diagnostics.Warning(DiagnosticIds.PhaseDatesOpen, open[0].Start is null ? open[0].StartLocation : open[0].EndLocation,
            $"{open.Count}个阶段的起止时间不全：{string.Join("，", each)}；阶段的先后、空档和时限检查只按已写明的时间进行。");
    }

    private static void CheckSelfInspection(DocumentSet set, DocumentFacts facts, DiagnosticBag diagnostics)
    {
        var named = set.Sources.SelfCheckPhase?.Text;
        var phase = named is not null
            ? set.Phases.FirstOrDefault(p => p.Name == named)
            : set.Phases.FirstOrDefault(p => p.Name.Contains("自查", StringComparison.Ordinal))
              ?? set.Phases.FirstOrDefault(p => p.Content.Contains("自查", StringComparison.Ordinal));
        var deadline = set.Sources.SelfCheckDeadline;
        if (phase is null)
        {
            diagnostics.Warning(DiagnosticIds.SelfCheckPhaseMissing, set.Sources.SelfCheckPhase?.Location ?? deadline,
                named is null
                    ? "找不到自查阶段：没有阶段的名称或工作内容含“自查”；可在清单中用“自查阶段”指定。"
                    : $"清单指定的自查阶段“{named}”不在 phases.csv 中。");
            return;
        }
        if (facts.SelfCheckDeadline < phase.Start?.First || facts.SelfCheckDeadline > phase.End?.Last)
            diagnostics.Error(DiagnosticIds.SelfCheckOutsidePhase, deadline,
                $"自查截止日期{ChineseDate.Format(facts.SelfCheckDeadline)}不在自查阶段“{phase.Name}”（{phase.Span}）之内，请核对。");
    }
}
