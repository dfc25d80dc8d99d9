using System.Globalization;
using DocGen.Domain;

namespace DocGen.Model;

/// <summary>Domain → <see cref="SetModel"/>: formats every date, number and unit list once.</summary>
internal static class SetModelBuilder
{
    public static SetModel Build(DocumentSet set)
    {
        var f = set.CheckedFacts;
        var tasks = set.Tasks.Select(Task).ToList();
        var categories = tasks
            .GroupBy(t => t.Category)
            .Select(c => new CategoryModel(c.Key,
                c.GroupBy(t => t.Item).Select(i => new ItemModel(i.Key, i.ToList())).ToList(),
                c.Count(),
                Score(set.Tasks.Where(t => t.Category == c.Key).Sum(t => t.Score ?? 0))))
            .ToList();
        return new SetModel(
            Issuer: f.Issuer,
            IssuerMark: f.IssuerMark,
            DocumentNumber: f.DocumentNumber.ToString(),
            SignDate: ChineseDate.Format(f.SignDate),
            Recipients: string.Join("，", f.Recipients),
            CopyTo: string.Join("，", f.CopyTo),
            HasCopyTo: f.CopyTo.Count > 0,
            Printer: f.Printer,
            PrintDate: ChineseDate.Format(f.PrintDate),
            Approver: f.Approver ?? "",
            HasApprover: f.Approver is not null,
            Publicity: f.Publicity ?? "",
            HasPublicity: f.Publicity is not null,
            Jurisdiction: f.Jurisdiction,
            JurisdictionLevel: JurisdictionLevel(f.Jurisdiction),
            Campaign: f.Campaign,
            PlanTitle: f.PlanTitle,
            TableTitle: f.TableTitle,
            NoticeTitle: $"{f.Issuer}关于印发《{f.PlanTitle}》的通知",
            // Cited inside 《》, the inner book-title marks become 〈〉 (GB/T 15834 4.15).
            CitedNoticeTitle: $"{f.Issuer}关于印发〈{f.PlanTitle}〉的通知",
            SelfCheckDeadline: ChineseDate.Format(f.SelfCheckDeadline),
            ReportRecipient: f.ReportRecipient,
            ReportDate: ChineseDate.Format(f.ReportDate),
            JurisdictionReporter: f.JurisdictionReporter,
            JurisdictionReportRecipient: f.JurisdictionReportRecipient,
            Categories: categories,
            Tasks: tasks,
            HasScore: set.Tasks.Any(t => t.Score is not null),
            TaskCount: tasks.Count,
            Phases: set.Phases.Select(p => new PhaseModel(p.Name, p.Span, p.Content)).ToList(),
            // 联合行文 (7.2.4, 7.3.5.1): each office signs; the 标志 stacks the names with 文件 beside them.
            Issuers: f.Issuers,
            IssuerMarkNames: f.MarkLines.Names,
            IssuerMarkSuffix: f.MarkLines.Suffix);
    }

    public static TaskModel Task(WorkTask task) => new(
        task.Number.Text,
        task.Category,
        task.Item,
        task.Score is { } s ? Score(s) : "",
        task.Text,
        Names(task.Leads),
        Names(task.Partners),
        task.Deadline.Text,
        task.Phase?.Name ?? "");

    public static string Names(IEnumerable<Unit> units) => string.Join("、", units.Select(u => u.DisplayName));

    /// <summary>县 → 县, 区 → 区, 市 → 市 as in 全县/全区/全市; 旗 for Inner Mongolia; otherwise 域.</summary>
    private static string JurisdictionLevel(string name) =>
        name.Length > 0 && "县区市旗".Contains(name[^1], StringComparison.Ordinal) ? name[^1].ToString() : "域";

    private static string Score(decimal score) => score.ToString("0.##", CultureInfo.InvariantCulture);
}
