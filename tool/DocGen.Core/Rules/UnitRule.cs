using DocGen.Diagnostics;
using DocGen.Domain;
using DocGen.Output;

namespace DocGen.Rules;

/// <summary>
/// 牵头单位 and 责任单位: every task has exactly one lead unit, no unit both leads and shares a task, and each unit
/// is written one way throughout the set (the real plans spell 市场监管局 three ways), and each unit's report has a
/// file name of its own.
/// </summary>
internal sealed class UnitRule : IRule
{
    public IReadOnlyList<RuleId> Ids { get; } =
    [
        new(DiagnosticIds.UnitSpelledTwoWays, Severity.Warning, "同一单位在文件集中只用一种写法（全称或同一个简称）"),
        new(DiagnosticIds.LeadUnitMissing, Severity.Error, "每项任务都有牵头单位"),
        new(DiagnosticIds.UnitLeadsAndShares, Severity.Warning, "同一单位不在一项任务中既牵头又负责"),
        new(DiagnosticIds.SeveralLeadUnits, Severity.Warning, "每项任务只有一个牵头单位"),
        new(DiagnosticIds.ReportFileNameClash, Severity.Error, "各单位自查报告的文件名互不相同"),
    ];

    public void Check(DocumentSet set, RuleOptions options, DiagnosticBag diagnostics)
    {
        foreach (var task in set.Tasks)
        {
            // A lead cell naming only unknown units was reported as DG2103; only a blank cell means “no lead”.
            if (string.IsNullOrWhiteSpace(task.LeadText))
                diagnostics.Error(DiagnosticIds.LeadUnitMissing, task.Cells.Leads, $"第{task.Number}项任务没有牵头单位，请在“牵头单位”列填写。");
            if (task.Leads.Count > 1)
                diagnostics.Warning(DiagnosticIds.SeveralLeadUnits, task.Cells.Leads,
                    $"第{task.Number}项任务有{task.Leads.Count}个牵头单位（{string.Join("、", task.Leads.Select(u => u.Name))}），牵头单位宜只定一个，其余列为责任单位。");
            foreach (var both in task.Mentions.Where(m => !m.IsLead && task.IsLedBy(m.Unit)).Select(m => m.Unit).Distinct())
                diagnostics.Warning(DiagnosticIds.UnitLeadsAndShares, task.Cells.Partners,
                    $"“{both.Name}”在第{task.Number}项任务中既是牵头单位又是责任单位，请从责任单位中删去。");
        }
        ReportSpellings(set, diagnostics);
        ReportFileNameClashes(set, diagnostics);
    }

    /// <summary>
    /// Two units whose names become one file name (<c>县商务局.</c> and <c>县商务局</c>, <c>A/B</c> and <c>A:B</c>, long names
    /// cut to one prefix) would have one report replace the other. Compared ignoring case, as Windows and macOS do.
    /// </summary>
    private static void ReportFileNameClashes(DocumentSet set, DiagnosticBag diagnostics)
    {
        var first = new Dictionary<string, Unit>(StringComparer.OrdinalIgnoreCase);
        // The units ReportModelBuilder.ReportingUnits gives a report, in the same order.
        foreach (var unit in set.Units.Units.Where(u => u.WritesReport && set.Tasks.Any(t => t.Involves(u))))
        {
            var file = FileNames.UnitReport(unit.DisplayName);
            if (!first.TryAdd(file, unit))
                diagnostics.Error(DiagnosticIds.ReportFileNameClash, unit.Location,
                    $"“{unit.DisplayName}”与“{first[file].DisplayName}”（{first[file].Location}）的自查报告文件名都是“{file}”，一份会覆盖另一份"
                    + "（文件名中的 / \\ : * ? \" < > | 换成 _，首尾的点和空格去掉，过长的截断）；请改动其中一个单位的名称或简称，使文件名不同。");
        }
    }

    private static void ReportSpellings(DocumentSet set, DiagnosticBag diagnostics)
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
