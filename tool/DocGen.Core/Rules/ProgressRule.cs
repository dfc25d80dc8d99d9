using DocGen.Diagnostics;
using DocGen.Domain;

namespace DocGen.Rules;

/// <summary>progress.csv: every unit with tasks reports something; no task is reported twice by one unit.</summary>
internal sealed class ProgressRule : IRule
{
    public IReadOnlyList<RuleId> Ids { get; } =
    [
        new(DiagnosticIds.UnitWithoutProgress, Severity.Warning, "每个承担任务、自行报告的单位在 progress.csv 中至少有一行"),
        new(DiagnosticIds.ProgressDuplicate, Severity.Error, "同一单位对同一任务只报一行"),
    ];

    public void Check(DocumentSet set, RuleOptions options, DiagnosticBag diagnostics)
    {
        var silent = set.Units.Units.Where(u => u.WritesReport && set.Tasks.Any(t => t.Involves(u)) && set.Progress.All(p => p.Unit != u)).ToList();
        // Before any unit has reported (the plan is still being drafted) every unit is silent: say so once.
        if (set.ProgressTable is ({ } file, 0) && silent.Count > 0)
            diagnostics.Warning(DiagnosticIds.UnitWithoutProgress, file,
                $"progress.csv 中还没有任何进展，{silent.Count}个承担任务的单位都未报送；各单位的自查报告将列出全部未报送任务。");
        else
            foreach (var unit in silent)
                diagnostics.Warning(DiagnosticIds.UnitWithoutProgress, unit.Location,
                    $"“{unit.Name}”承担{set.Tasks.Count(t => t.Involves(unit))}项任务，但 progress.csv 中没有它报送的进展；它的自查报告将列出全部未报送任务。");

        foreach (var duplicate in set.Progress.GroupBy(p => (p.Task, p.Unit)).Where(g => g.Count() > 1))
            foreach (var entry in duplicate.Skip(1))
                diagnostics.Error(DiagnosticIds.ProgressDuplicate, entry.Location,
                    $"“{entry.Unit.Name}”对第{entry.Task.Number}项任务报送了不止一行（首行在 {duplicate.First().Location}），请合并。");
    }
}
