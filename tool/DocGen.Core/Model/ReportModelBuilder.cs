using DocGen.Domain;

namespace DocGen.Model;

/// <summary>Domain → the 自查报告 models: per-unit and whole-jurisdiction counts from tasks and progress.</summary>
internal static class ReportModelBuilder
{
    /// <summary>Units that lead or share a task and can write their own report (units.csv 自查报告 ≠ 否).</summary>
    public static IEnumerable<Unit> ReportingUnits(DocumentSet set) =>
        set.Units.Units.Where(u => u.WritesReport && set.Tasks.Any(t => t.Involves(u)));

    public static UnitReportModel ForUnit(DocumentSet set, SetModel setModel, Unit unit)
    {
        var tasks = set.Tasks.Where(t => t.Involves(unit)).ToList();
        var entries = set.Progress.Where(p => p.Unit == unit).OrderBy(p => p.Task.Number).ToList();
        var reported = entries.Select(p => new ReportedTaskModel(p.Task.Number.Text, p.Task.Item, p.Task.Text,
            p.Task.IsLedBy(unit) ? "牵头" : "配合", ProgressStatusNames.Name(p.Status), p.Practice, p.Problems, p.NextSteps)).ToList();
        var unreported = tasks.Where(t => entries.All(e => e.Task != t)).Select(SetModelBuilder.Task).ToList();
        int Count(ProgressStatus s) => entries.Count(e => e.Status == s);
        var withProblems = reported.Where(r => r.Problems.Length > 0).ToList();
        var withNextSteps = reported.Where(r => r.NextSteps.Length > 0).ToList();
        return new UnitReportModel(
            Set: setModel,
            Unit: unit.DisplayName,
            Title: $"{unit.DisplayName}关于{set.CheckedFacts.Campaign}工作自查情况的报告",
            LeadCount: tasks.Count(t => t.IsLedBy(unit)),
            PartnerCount: tasks.Count(t => !t.IsLedBy(unit)),
            TaskCount: tasks.Count,
            Completed: Count(ProgressStatus.Completed),
            InProgress: Count(ProgressStatus.InProgress),
            NotStarted: Count(ProgressStatus.NotStarted),
            NotApplicable: Count(ProgressStatus.NotApplicable),
            ReportedCount: reported.Count,
            Reported: reported,
            HasReported: reported.Count > 0,
            Unreported: unreported,
            UnreportedCount: unreported.Count,
            HasUnreported: unreported.Count > 0,
            WithProblems: withProblems,
            HasProblems: withProblems.Count > 0,
            WithNextSteps: withNextSteps,
            HasNextSteps: withNextSteps.Count > 0);
    }

    public static JurisdictionReportModel ForJurisdiction(DocumentSet set, SetModel setModel)
    {
        var status = set.Tasks.ToDictionary(t => t, t => LeadStatus(set, t));
        StatusCountModel Row(string name, IReadOnlyCollection<WorkTask> tasks, Unit? unit = null) => new(name, tasks.Count,
            unit is null ? 0 : tasks.Count(t => t.IsLedBy(unit)),
            unit is null ? 0 : tasks.Count(t => !t.IsLedBy(unit)),
            tasks.Count(t => status[t] == ProgressStatus.Completed),
            tasks.Count(t => status[t] == ProgressStatus.InProgress),
            tasks.Count(t => status[t] == ProgressStatus.NotStarted),
            tasks.Count(t => status[t] == ProgressStatus.NotApplicable),
            tasks.Count(t => status[t] is null));

        var categories = set.Tasks.GroupBy(t => t.Category).Select(g => Row(g.Key, g.ToList())).ToList();
        var units = ReportingUnits(set).Select(u => Row(u.DisplayName, set.Tasks.Where(t => t.Involves(u)).ToList(), u)).ToList();
        var unreported = set.Tasks.Where(t => status[t] is null).Select(t => Open(t, null)).ToList();
        var overdue = set.Tasks
            .Where(t => t.Deadline.HasPassed(set.CheckedFacts.ReportDate) && status[t] is not (ProgressStatus.Completed or ProgressStatus.NotApplicable))
            .Select(t => Open(t, status[t]))
            .ToList();
        var level = setModel.JurisdictionLevel;
        return new JurisdictionReportModel(
            Set: setModel,
            Title: $"{set.CheckedFacts.JurisdictionReporter}关于全{level}{set.CheckedFacts.Campaign}工作自查情况的报告",
            Total: Row("合计", set.Tasks.ToList()),
            Categories: categories,
            Units: units,
            Unreported: unreported,
            HasUnreported: unreported.Count > 0,
            Overdue: overdue,
            HasOverdue: overdue.Count > 0);
    }

    /// <summary>A task's 进展 is what its lead unit reports; null when no lead unit has reported yet.</summary>
    private static ProgressStatus? LeadStatus(DocumentSet set, WorkTask task) =>
        set.Progress.FirstOrDefault(p => p.Task == task && task.IsLedBy(p.Unit))?.Status;

    private static OpenTaskModel Open(WorkTask task, ProgressStatus? status) => new(task.Number.Text, task.Item,
        SetModelBuilder.Names(task.Leads), task.Deadline.Text, status is { } s ? ProgressStatusNames.Name(s) : "未报送");
}
