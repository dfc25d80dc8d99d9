using DocGen.Diagnostics;
using DocGen.Domain;

namespace DocGen.Rules;

/// <summary>
/// 完成时限 against the 工作步骤: a dated deadline inside the span of all phases and inside its named phase, each
/// compared only with the phase bounds that are known; and tasks timed neither way, said once for the set.
/// </summary>
internal sealed class DeadlineRule : IRule
{
    public IReadOnlyList<RuleId> Ids { get; } =
    [
        new(DiagnosticIds.DeadlineOutsidePhases, Severity.Warning, "有具体日期的完成时限落在全部工作步骤的起止时间之内（--strict 时为错误）"),
        new(DiagnosticIds.DeadlineOutsideItsPhase, Severity.Warning, "完成时限落在“阶段”列所指阶段的起止时间之内"),
        new(DiagnosticIds.TaskUntimed, Severity.Warning, "每项任务有完成时限或所属阶段（全文件集合并报一条；--strict 时为错误）"),
    ];

    public void Check(DocumentSet set, RuleOptions options, DiagnosticBag diagnostics)
    {
        ReportUntimed(set, options, diagnostics);
        var valid = set.Phases.Where(p => !p.IsReversed).ToList();
        // Phases run in file order (DG2202); an open start of the first one, or end of the last, leaves that side open.
        var first = valid.FirstOrDefault()?.Start is null ? null : valid.Min(p => p.Start?.First);
        var last = valid.LastOrDefault()?.End is null ? null : valid.Max(p => p.End?.Last);
        foreach (var task in set.Tasks.Where(t => t.Deadline is { Kind: DeadlineKind.Dated, End: not null }))
        {
            var end = task.Deadline.End!.Value;
            var cell = task.Cells.Deadline;
            if (end < first || end > last)
            {
                var message = $"第{task.Number}项任务的完成时限“{task.Deadline.Text}”不在工作步骤的时间范围（{Bound(first, "起")}至{Bound(last, "止")}）之内，请核对。";
                Report(DiagnosticIds.DeadlineOutsidePhases, options, diagnostics, cell, message);
            }
            else if (task.Phase is { IsReversed: false } phase && (end < phase.Start?.First || end > phase.End?.Last))
                diagnostics.Warning(DiagnosticIds.DeadlineOutsideItsPhase, cell,
                    $"第{task.Number}项任务的完成时限“{task.Deadline.Text}”不在所属阶段“{phase.Name}”（{phase.Span}）之内，请核对时限或阶段。");
        }
    }

    private static string Bound(DateOnly? date, string open) => date is { } d ? ChineseDate.Format(d) : $"不限（未写明{open}时间）";

    /// <summary>Plans that time their work per phase leave every 完成时限 empty: one line for the set, not one per row.</summary>
    private static void ReportUntimed(DocumentSet set, RuleOptions options, DiagnosticBag diagnostics)
    {
        var untimed = set.Tasks.Where(t => t.Deadline.Kind == DeadlineKind.Unspecified && t.PhaseName.Length == 0).ToList();
        if (untimed.Count == 0)
            return;
        var shown = string.Join("、", untimed.Take(5).Select(t => $"“{t.Number}”")) + (untimed.Count > 5 ? "等" : "");
        Report(DiagnosticIds.TaskUntimed, options, diagnostics, untimed[0].Cells.Deadline,
            $"{untimed.Count}项任务（序号{shown}）既没有完成时限也没有所属阶段，分工表中完成时限一格将留空；如按阶段安排，可在“阶段”列填写阶段名。");
    }

    private static void Report(string id, RuleOptions options, DiagnosticBag diagnostics, SourceLocation location, string message)
    {
        if (options.Strict)
            diagnostics.Error(id, location, message);
        else
            diagnostics.Warning(id, location, message);
    }
}
