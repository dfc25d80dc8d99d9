using DocGen.Binding;
using DocGen.Diagnostics;

namespace DocGen.Rules;

/// <summary>
/// 牵头单位 and 责任单位: every task has exactly one lead unit, no unit both leads and shares a task, and each unit
/// is written one way throughout the set (the real plans spell 市场监管局 three ways).
/// </summary>
public sealed class UnitRule : IRule
{
    public IReadOnlyList<RuleId> Ids { get; } =
    [
        new(DiagnosticIds.UnitSpelledTwoWays, Severity.Warning, "同一单位在文件集中只用一种写法（全称或同一个简称）"),
        new(DiagnosticIds.UnitUnknown, Severity.Error, "牵头单位、责任单位和 progress.csv 的单位都能在 units.csv 中按全称或简称找到"),
        new(DiagnosticIds.LeadUnitMissing, Severity.Error, "每项任务都有牵头单位"),
        new(DiagnosticIds.UnitLeadsAndShares, Severity.Warning, "同一单位不在一项任务中既牵头又负责"),
        new(DiagnosticIds.SeveralLeadUnits, Severity.Warning, "每项任务只有一个牵头单位"),
    ];

    public void Check(BoundSet set, RuleOptions options, DiagnosticBag diagnostics)
    {
        foreach (var task in set.Tasks)
        {
            // A lead cell naming only unknown units was reported as DG2103; only a blank cell means “no lead”.
            if (string.IsNullOrWhiteSpace(task.LeadText))
                diagnostics.Error(DiagnosticIds.LeadUnitMissing, task.Cell("牵头单位"), $"第{task.Number}项任务没有牵头单位，请在“牵头单位”列填写。");
            if (task.Leads.Count > 1)
                diagnostics.Warning(DiagnosticIds.SeveralLeadUnits, task.Cell("牵头单位"),
                    $"第{task.Number}项任务有{task.Leads.Count}个牵头单位（{string.Join("、", task.Leads.Select(u => u.Name))}），牵头单位宜只定一个，其余列为责任单位。");
            foreach (var both in task.Mentions.Where(m => !m.IsLead && task.IsLedBy(m.Unit)).Select(m => m.Unit).Distinct())
                diagnostics.Warning(DiagnosticIds.UnitLeadsAndShares, task.Cell("责任单位"),
                    $"“{both.Name}”在第{task.Number}项任务中既是牵头单位又是责任单位，请从责任单位中删去。");
        }
        ReportSpellings(set, diagnostics);
    }

    private static void ReportSpellings(BoundSet set, DiagnosticBag diagnostics)
    {
        var written = set.Tasks.SelectMany(t => t.Mentions.Select(m => (m.Unit, m.Written, m.Location)))
            .Concat(set.Progress.Where(p => p.Location is not null).Select(p => (p.Unit, Written: p.WrittenUnit, Location: p.Location!)));
        foreach (var unit in written.GroupBy(w => w.Unit))
        {
            var spellings = unit.GroupBy(w => w.Written).ToList();
            if (spellings.Count < 2)
                continue;
            var first = spellings[0];
            foreach (var other in spellings.Skip(1))
                diagnostics.Warning(DiagnosticIds.UnitSpelledTwoWays, other.First().Location,
                    $"“{other.Key}”与“{first.Key}”（{first.First().Location}）是同一单位“{unit.Key.Name}”的两种写法，请统一（文件中都印作“{unit.Key.DisplayName}”）。");
        }
    }
}
