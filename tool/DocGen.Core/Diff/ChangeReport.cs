namespace DocGen.Diff;

/// <summary>
/// The changes as Chinese lines: for the terminal all together, for the 调整说明's template by kind of change (the
/// template <c>change-note.md.hbs</c> words the note around them).
/// </summary>
public static class ChangeReport
{
    public static IReadOnlyList<string> Lines(SetChanges changes) => [.. TaskLines(changes), .. PhaseLines(changes), .. UnitLines(changes)];

    public static IEnumerable<string> TaskLines(SetChanges changes) => changes.Tasks.Select(task => task.Kind == SetDiffer.Changed
        ? $"第{task.Number}项任务（{task.Item}）：{string.Join("；", task.Changes.Select(Field))}"
        : $"{(task.Kind == SetDiffer.Added ? "新增" : "删除")}第{task.Number}项任务（{task.Item}）");

    public static IEnumerable<string> PhaseLines(SetChanges changes) => changes.Phases.Select(phase => phase.Kind switch
    {
        SetDiffer.Added => $"新增阶段“{phase.Name}”（{phase.After}）",
        SetDiffer.Removed => $"删除阶段“{phase.Name}”（原为{phase.Before}）",
        _ => $"阶段“{phase.Name}”由{phase.Before}调整为{phase.After}",
    });

    public static IEnumerable<string> UnitLines(SetChanges changes) => changes.Units.Select(unit =>
    {
        var parts = new[]
        {
            Numbers("新增", unit.Gained), Numbers("不再承担", unit.Lost),
            Roles(unit.NowLead, "由责任单位改为牵头单位"), Roles(unit.NoLongerLead, "由牵头单位改为责任单位"),
        };
        return $"{unit.Unit}：{string.Join("，", parts.Where(p => p.Length > 0))}";
    });

    private static string Field(FieldChange change) => change.Field == "工作任务"
        ? "工作任务内容有改动"
        : $"{change.Field}由“{change.Before}”调整为“{change.After}”";

    private static string Roles(IReadOnlyList<string> numbers, string change) =>
        numbers.Count == 0 ? "" : $"第{string.Join("、", numbers)}项{change}";

    private static string Numbers(string verb, IReadOnlyList<string> numbers) =>
        numbers.Count == 0 ? "" : $"{verb}第{string.Join("、", numbers)}项";
}
