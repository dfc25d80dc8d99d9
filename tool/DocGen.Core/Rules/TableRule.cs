using DocGen.Diagnostics;
using DocGen.Domain;

namespace DocGen.Rules;

/// <summary>
/// The 任务分工表 as a table: 序号 unique and in order, each 类别 and 项目 in one block of rows, and 分值 totals
/// per 类别 equal to those the manifest gives.
/// </summary>
internal sealed class TableRule : IRule
{
    public IReadOnlyList<RuleId> Ids { get; } =
    [
        new(DiagnosticIds.TaskNumberDuplicate, Severity.Error, "序号不重复"),
        new(DiagnosticIds.TaskNumberOrder, Severity.Warning, "序号从 1 起依次递增"),
        new(DiagnosticIds.GroupNotContiguous, Severity.Warning, "同一类别（及类别中的同一项目）的任务排在一起"),
        new(DiagnosticIds.CategoryScoreMismatch, Severity.Error, "各类别分值合计等于清单“类别分值”给出的数"),
    ];

    public void Check(DocumentSet set, RuleOptions options, DiagnosticBag diagnostics)
    {
        CheckNumbers(set, diagnostics);
        ReportSplitGroups(set.Tasks.Select(t => (Key: t.Category, Label: $"类别“{t.Category}”", Task: t)), diagnostics);
        ReportSplitGroups(set.Tasks.Select(t => (Key: t.Category + "\u0000" + t.Item, Label: $"项目“{t.Item}”", Task: t)), diagnostics);
        CheckScores(set, diagnostics);
    }

    /// <summary>
    /// 序号 are compared by structure (1.1, 1.2, 2.1 is in order). Each row is compared with the number the row before
    /// should have had, so one mistyped number gives one warning, not one per following row.
    /// </summary>
    private static void CheckNumbers(DocumentSet set, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<TaskNumber, WorkTask>();
        TaskNumber? previous = null;
        foreach (var task in set.Tasks)
        {
            var number = task.Number;
            var expected = number.WithParts(number.ExpectedAfter(previous));
            if (!seen.TryAdd(number, task))
                diagnostics.Error(DiagnosticIds.TaskNumberDuplicate, task.Cells.Number,
                    $"序号“{number}”与第{seen[number].Location.Line}行的“{seen[number].Number}”重复，请重新编号。");
            else if (!number.Follows(previous))
                diagnostics.Warning(DiagnosticIds.TaskNumberOrder, task.Cells.Number,
                    $"序号“{number}”应为“{expected}”：序号应从 1 起依次递增（{(previous is null ? "这是第一项" : $"上一项为“{previous}”")}）。");
            else
                expected = number;
            previous = expected;
        }
    }

    private static void ReportSplitGroups(IEnumerable<(string Key, string Label, WorkTask Task)> rows, DiagnosticBag diagnostics)
    {
        var closed = new HashSet<string>(StringComparer.Ordinal);
        string? current = null;
        foreach (var (key, label, task) in rows)
        {
            if (key == current)
                continue;
            if (current is not null)
                closed.Add(current);
            if (closed.Contains(key))
                diagnostics.Warning(DiagnosticIds.GroupNotContiguous, task.Cells.Category,
                    $"{label}的任务没有排在一起（第{task.Number}项与前面同组的任务被隔开），分工表和方案会把它们合并到一处。");
            current = key;
        }
    }

    private static void CheckScores(DocumentSet set, DiagnosticBag diagnostics)
    {
        foreach (var score in set.Sources.CategoryScores)
        {
            var tasks = set.Tasks.Where(t => t.Category == score.Category).ToList();
            var actual = tasks.Sum(t => t.Score ?? 0);
            if (tasks.Count == 0)
                diagnostics.Error(DiagnosticIds.CategoryScoreMismatch, score.Location, $"清单“类别分值”中的类别“{score.Category}”在 tasks.csv 中没有任务。");
            else if (actual != score.Total)
                diagnostics.Error(DiagnosticIds.CategoryScoreMismatch, score.Location,
                    $"类别“{score.Category}”各任务分值合计为{actual:0.##}，与清单给出的{score.Total:0.##}不符，请核对 tasks.csv 的分值。");
        }
    }
}
