using DocGen.Binding;
using DocGen.Diagnostics;
using DocGen.Loading;

namespace DocGen.Rules;

/// <summary>
/// The 任务分工表 as a table: 序号 unique and in order, each 类别 and 项目 in one block of rows, and 分值 totals
/// per 类别 equal to those the manifest gives.
/// </summary>
public sealed class TableRule : IRule
{
    public IReadOnlyList<RuleId> Ids { get; } =
    [
        new(DiagnosticIds.TaskNumberDuplicate, Severity.Error, "序号不重复"),
        new(DiagnosticIds.TaskNumberOrder, Severity.Warning, "序号从 1 起依次递增"),
        new(DiagnosticIds.GroupNotContiguous, Severity.Warning, "同一类别（及类别中的同一项目）的任务排在一起"),
        new(DiagnosticIds.CategoryScoreMismatch, Severity.Error, "各类别分值合计等于清单“类别分值”给出的数"),
    ];

    public void Check(BoundSet set, RuleOptions options, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<int, Domain.WorkTask>();
        // Compared with the row's position, so one mistyped number gives one warning, not one per following row.
        foreach (var (task, position) in set.Tasks.Select((t, i) => (t, i + 1)))
        {
            if (!seen.TryAdd(task.Number, task))
                diagnostics.Error(DiagnosticIds.TaskNumberDuplicate, task.Cell("序号"),
                    $"序号{task.Number}与第{seen[task.Number].Location.Line}行重复，请重新编号。");
            else if (task.Number != position)
                diagnostics.Warning(DiagnosticIds.TaskNumberOrder, task.Cell("序号"), $"序号{task.Number}应为{position}：序号应从 1 起依次递增。");
        }

        ReportSplitGroups(set.Tasks.Select(t => (Key: t.Category, Label: $"类别“{t.Category}”", Task: t)), diagnostics);
        ReportSplitGroups(set.Tasks.Select(t => (Key: t.Category + "\u0000" + t.Item, Label: $"项目“{t.Item}”", Task: t)), diagnostics);
        CheckScores(set, diagnostics);
    }

    private static void ReportSplitGroups(IEnumerable<(string Key, string Label, Domain.WorkTask Task)> rows, DiagnosticBag diagnostics)
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
                diagnostics.Warning(DiagnosticIds.GroupNotContiguous, task.Cell("类别"),
                    $"{label}的任务没有排在一起（第{task.Number}项与前面同组的任务被隔开），分工表和方案会把它们合并到一处。");
            current = key;
        }
    }

    private static void CheckScores(BoundSet set, DiagnosticBag diagnostics)
    {
        foreach (var entry in set.Manifest[ManifestFields.CategoryScores]?.Entries ?? [])
        {
            var tasks = set.Tasks.Where(t => t.Category == entry.Key).ToList();
            var actual = tasks.Sum(t => t.Score ?? 0);
            if (!decimal.TryParse(entry.Value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var total))
                diagnostics.Error(DiagnosticIds.CategoryScoreMismatch, entry.Location, $"类别分值“{entry.Value}”不是数字。");
            else if (tasks.Count == 0)
                diagnostics.Error(DiagnosticIds.CategoryScoreMismatch, entry.Location, $"清单“类别分值”中的类别“{entry.Key}”在 tasks.csv 中没有任务。");
            else if (actual != total)
                diagnostics.Error(DiagnosticIds.CategoryScoreMismatch, entry.Location,
                    $"类别“{entry.Key}”各任务分值合计为{actual:0.##}，与清单给出的{total:0.##}不符，请核对 tasks.csv 的分值。");
        }
    }
}
