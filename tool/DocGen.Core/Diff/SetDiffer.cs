using DocGen.Domain;

namespace DocGen.Diff;

/// <summary>Compares two bound versions of a document set task by task (by 序号), phase by phase (by name) and unit by unit.</summary>
internal static class SetDiffer
{
    // Stable ASCII for scripts reading --format json; ChangeReport words them in Chinese.
    public const string Added = "added";
    public const string Removed = "removed";
    public const string Changed = "changed";

    public static SetChanges Compare(DocumentSet before, DocumentSet after) =>
        new(Tasks(before, after), Phases(before, after), Units(before, after));

    private static List<TaskChange> Tasks(DocumentSet before, DocumentSet after)
    {
        var old = before.Tasks.ToDictionary(t => t.Number);
        var now = after.Tasks.ToDictionary(t => t.Number);
        var changes = new List<TaskChange>();
        foreach (var number in old.Keys.Union(now.Keys).Order())
        {
            if (!now.TryGetValue(number, out var b))
                changes.Add(new TaskChange(number.Text, old[number].Item, Removed, []));
            else if (!old.TryGetValue(number, out var a))
                changes.Add(new TaskChange(number.Text, b.Item, Added, []));
            else if (Fields(a, b) is { Count: > 0 } fields)
                changes.Add(new TaskChange(number.Text, b.Item, Changed, fields));
        }
        return changes;
    }

    private static List<FieldChange> Fields(WorkTask a, WorkTask b)
    {
        var fields = new List<FieldChange>();
        void Compare(string field, string x, string y)
        {
            if (x != y)
                fields.Add(new FieldChange(field, x, y));
        }
        Compare("类别", a.Category, b.Category);
        Compare("项目", a.Item, b.Item);
        Compare("工作任务", a.Text, b.Text);
        Compare("牵头单位", Names(a.Leads), Names(b.Leads));
        Compare("责任单位", Names(a.Partners), Names(b.Partners));
        Compare("完成时限", a.Deadline.Text, b.Deadline.Text);
        Compare("阶段", a.Phase?.Name ?? "", b.Phase?.Name ?? "");
        Compare("分值", a.Score?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) ?? "",
            b.Score?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) ?? "");
        return fields;
    }

    private static List<PhaseChange> Phases(DocumentSet before, DocumentSet after)
    {
        var old = before.Phases.ToDictionary(p => p.Name);
        var now = after.Phases.ToDictionary(p => p.Name);
        var changes = new List<PhaseChange>();
        foreach (var name in before.Phases.Select(p => p.Name).Union(after.Phases.Select(p => p.Name)))
        {
            if (!now.TryGetValue(name, out var b))
                changes.Add(new PhaseChange(name, Removed, old[name].Span, ""));
            else if (!old.TryGetValue(name, out var a))
                changes.Add(new PhaseChange(name, Added, "", b.Span));
            else if (a.Span != b.Span)
                changes.Add(new PhaseChange(name, Changed, a.Span, b.Span));
        }
        return changes;
    }

    private static List<UnitChange> Units(DocumentSet before, DocumentSet after)
    {
        var names = before.Units.Units.Select(u => u.Name).Union(after.Units.Units.Select(u => u.Name));
        var changes = new List<UnitChange>();
        foreach (var name in names)
        {
            var old = Involved(before, name);
            var now = Involved(after, name);
            var gained = now.Except(old).Order().Select(n => n.Text).ToList();
            var lost = old.Except(now).Order().Select(n => n.Text).ToList();
            var (led, leads) = (Led(before, name), Led(after, name));
            var kept = old.Intersect(now).ToHashSet();
            var nowLead = leads.Except(led).Where(kept.Contains).Order().Select(n => n.Text).ToList();
            var noLongerLead = led.Except(leads).Where(kept.Contains).Order().Select(n => n.Text).ToList();
            if (gained.Count > 0 || lost.Count > 0 || nowLead.Count > 0 || noLongerLead.Count > 0)
                changes.Add(new UnitChange(after.Units.Find(name)?.DisplayName ?? before.Units.Find(name)!.DisplayName, gained, lost, nowLead, noLongerLead));
        }
        return changes;
    }

    private static HashSet<TaskNumber> Involved(DocumentSet set, string unit) => set.Units.Find(unit) is { } u
        ? set.Tasks.Where(t => t.Involves(u)).Select(t => t.Number).ToHashSet()
        : [];

    private static HashSet<TaskNumber> Led(DocumentSet set, string unit) => set.Units.Find(unit) is { } u
        ? set.Tasks.Where(t => t.IsLedBy(u)).Select(t => t.Number).ToHashSet()
        : [];

    private static string Names(IEnumerable<Unit> units) => string.Join("、", units.Select(u => u.DisplayName));
}
