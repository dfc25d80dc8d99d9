using DocGen.Binding;
using DocGen.Diagnostics;
using DocGen.Domain;

namespace DocGen.Rules;

/// <summary>完成时限 against the 工作步骤: a dated deadline inside the span of all phases and inside its named phase.</summary>
public sealed class DeadlineRule : IRule
{
    public IReadOnlyList<RuleId> Ids { get; } =
    [
        new(DiagnosticIds.DeadlineOutsidePhases, Severity.Warning, "有具体日期的完成时限落在全部工作步骤的起止时间之内（--strict 时为错误）"),
        new(DiagnosticIds.PhaseUnknown, Severity.Error, "“阶段”列填写的阶段在 phases.csv 中存在"),
        new(DiagnosticIds.DeadlineOutsideItsPhase, Severity.Warning, "完成时限落在“阶段”列所指阶段的起止时间之内"),
    ];

    public void Check(BoundSet set, RuleOptions options, DiagnosticBag diagnostics)
    {
        var valid = set.Phases.Where(p => p.Start.First <= p.End.Last).ToList();
        if (valid.Count == 0)
            return;
        var (first, last) = (valid.Min(p => p.Start.First), valid.Max(p => p.End.Last));
        foreach (var task in set.Tasks.Where(t => t.Deadline is { Kind: DeadlineKind.Dated, End: not null }))
        {
            var end = task.Deadline.End!.Value;
            var cell = task.Cell("完成时限");
            if (end < first || end > last)
            {
                var message = $"第{task.Number}项任务的完成时限“{task.Deadline.Text}”不在工作步骤的时间范围（{ChineseDate.Format(first)}至{ChineseDate.Format(last)}）之内，请核对。";
                if (options.Strict)
                    diagnostics.Error(DiagnosticIds.DeadlineOutsidePhases, cell, message);
                else
                    diagnostics.Warning(DiagnosticIds.DeadlineOutsidePhases, cell, message);
            }
            else if (task.Phase is { } phase && (end < phase.Start.First || end > phase.End.Last))
                diagnostics.Warning(DiagnosticIds.DeadlineOutsideItsPhase, cell,
                    $"第{task.Number}项任务的完成时限“{task.Deadline.Text}”不在所属阶段“{phase.Name}”（{phase.Span}）之内，请核对时限或阶段。");
        }
    }
}
