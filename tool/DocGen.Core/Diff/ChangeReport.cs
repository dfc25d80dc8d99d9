using System.Text;
using static DocGen.Templates.MarkdownTextEncoder;

namespace DocGen.Diff;

/// <summary>The changes as Chinese lines for the terminal, and as the Markdown of a short 调整说明 document.</summary>
public static class ChangeReport
{
    public static IReadOnlyList<string> Lines(SetChanges changes)
    {
        var lines = new List<string>();
        foreach (var task in changes.Tasks)
            lines.Add(task.Kind == SetDiffer.Changed
                ? $"第{task.Number}项任务（{task.Item}）：{string.Join("；", task.Changes.Select(Field))}"
                : $"{(task.Kind == SetDiffer.Added ? "新增" : "删除")}第{task.Number}项任务（{task.Item}）");
        foreach (var phase in changes.Phases)
            lines.Add(phase.Kind switch
            {
                SetDiffer.Added => $"新增阶段“{phase.Name}”（{phase.After}）",
                SetDiffer.Removed => $"删除阶段“{phase.Name}”（原为{phase.Before}）",
                _ => $"阶段“{phase.Name}”由{phase.Before}调整为{phase.After}",
            });
        foreach (var unit in changes.Units)
            lines.Add($"{unit.Unit}：{Numbers("新增", unit.Gained)}{(unit.Gained.Count > 0 && unit.Lost.Count > 0 ? "，" : "")}{Numbers("不再承担", unit.Lost)}");
        return lines;
    }

    /// <summary>A 调整说明 in the house layout: a title, one section per kind of change, each change a paragraph.</summary>
    public static string Markdown(SetChanges changes, string campaign)
    {
        var markdown = new StringBuilder($"# 关于{Escape(campaign)}任务分工调整情况的说明\n\n");
        var lines = Lines(changes);
        var tasks = changes.Tasks.Count;
        var phases = changes.Phases.Count;
        Section(markdown, "任务调整", lines.Take(tasks));
        Section(markdown, "工作步骤调整", lines.Skip(tasks).Take(phases));
        Section(markdown, "各单位承担任务的变化", lines.Skip(tasks + phases));
        if (changes.IsEmpty)
            markdown.Append("本次没有任务分工方面的调整。\n");
        return markdown.ToString();
    }

    private static void Section(StringBuilder markdown, string heading, IEnumerable<string> lines)
    {
        var items = lines.ToList();
        if (items.Count == 0)
            return;
        markdown.Append($"## {heading}\n\n");
        foreach (var line in items)
            markdown.Append(Escape(line)).Append("。\n\n");
    }

    private static string Field(FieldChange change) => change.Field == "工作任务"
        ? "工作任务内容有改动"
        : $"{change.Field}由“{change.Before}”调整为“{change.After}”";

    private static string Numbers(string verb, IReadOnlyList<string> numbers) =>
        numbers.Count == 0 ? "" : $"{verb}第{string.Join("、", numbers)}项";
}
