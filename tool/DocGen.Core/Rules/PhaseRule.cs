using DocGen.Binding;
using DocGen.Diagnostics;
using DocGen.Domain;
using DocGen.Loading;

namespace DocGen.Rules;

/// <summary>
/// 工作步骤: each phase ends after it starts, phases follow one another without overlap (gaps are worth a look),
/// the plan is not issued after its first phase began, and the self-inspection deadline falls in the 自查 phase.
/// </summary>
public sealed class PhaseRule : IRule
{
    public IReadOnlyList<RuleId> Ids { get; } =
    [
        new(DiagnosticIds.PhaseEndsBeforeStart, Severity.Error, "每个阶段的结束不早于开始"),
        new(DiagnosticIds.PhasesOverlap, Severity.Error, "各阶段按时间先后排列、互不重叠"),
        new(DiagnosticIds.PhaseGap, Severity.Warning, "相邻阶段之间没有空档"),
        new(DiagnosticIds.PhaseBeforeSignDate, Severity.Warning, "第一阶段不早于成文日期开始（否则方案印发时工作已经开始）"),
        new(DiagnosticIds.SelfCheckOutsidePhase, Severity.Error, "自查截止日期落在自查阶段（名称或工作内容含“自查”的阶段，或清单“自查阶段”指定的阶段）之内"),
        new(DiagnosticIds.SelfCheckPhaseMissing, Severity.Warning, "能找到自查阶段"),
    ];

    public void Check(BoundSet set, RuleOptions options, DiagnosticBag diagnostics)
    {
        var ordered = set.Phases.Where(p => p.Start.First <= p.End.Last).ToList();
        foreach (var phase in set.Phases.Except(ordered))
            diagnostics.Error(DiagnosticIds.PhaseEndsBeforeStart, phase.EndLocation,
                $"“{phase.Name}”结束于{phase.End}，早于开始的{phase.Start}，请核对起止时间（是否年份写错？）。");

        for (var i = 1; i < ordered.Count; i++)
        {
            var (previous, next) = (ordered[i - 1], ordered[i]);
            if (next.Start.First <= previous.End.Last)
                diagnostics.Error(DiagnosticIds.PhasesOverlap, next.StartLocation,
                    $"“{next.Name}”开始于{next.Start}，而上一阶段“{previous.Name}”到{previous.End}才结束；各阶段应按先后排列、互不重叠。");
            else if (next.Start.First > previous.End.Last.AddDays(1))
                diagnostics.Warning(DiagnosticIds.PhaseGap, next.StartLocation,
                    $"“{previous.Name}”结束于{previous.End}，“{next.Name}”开始于{next.Start}，中间有空档，请确认。");
        }

        if (set.Facts is { } facts && ordered.FirstOrDefault() is { } first && StartsBefore(first.Start, facts.SignDate))
            diagnostics.Warning(DiagnosticIds.PhaseBeforeSignDate, first.StartLocation,
                $"第一阶段“{first.Name}”开始于{first.Start}，早于成文日期{ChineseDate.Format(facts.SignDate)}：方案印发时该阶段已经开始，请核对。");

        if (set.Facts is not null)
            CheckSelfInspection(set, set.Facts, diagnostics);
    }

    /// <summary>A month-only start (<c>2023年1月</c>) counts as starting in time for a plan signed that month.</summary>
    private static bool StartsBefore(PartialDate start, DateOnly date) =>
        start.Day is null ? (start.Year, start.Month).CompareTo((date.Year, date.Month)) < 0 : start.First < date;

    private static void CheckSelfInspection(BoundSet set, DocumentFacts facts, DiagnosticBag diagnostics)
    {
        var named = set.Manifest[ManifestFields.SelfCheckPhase]?.Text;
        var phase = named is not null
            ? set.Phases.FirstOrDefault(p => p.Name == named)
            : set.Phases.FirstOrDefault(p => p.Name.Contains("自查", StringComparison.Ordinal))
              ?? set.Phases.FirstOrDefault(p => p.Content.Contains("自查", StringComparison.Ordinal));
        var deadline = set.Manifest[ManifestFields.SelfCheckDeadline];
        if (phase is null)
        {
            diagnostics.Warning(DiagnosticIds.SelfCheckPhaseMissing, set.Manifest[ManifestFields.SelfCheckPhase]?.Location ?? deadline?.Location,
                named is null
                    ? "找不到自查阶段：没有阶段的名称或工作内容含“自查”；可在清单中用“自查阶段”指定。"
                    : $"清单指定的自查阶段“{named}”不在 phases.csv 中。");
            return;
        }
        if (facts.SelfCheckDeadline < phase.Start.First || facts.SelfCheckDeadline > phase.End.Last)
            diagnostics.Error(DiagnosticIds.SelfCheckOutsidePhase, deadline?.Location,
                $"自查截止日期{ChineseDate.Format(facts.SelfCheckDeadline)}不在自查阶段“{phase.Name}”（{phase.Span}）之内，请核对。");
    }
}
