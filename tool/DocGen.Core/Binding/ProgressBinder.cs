using DocGen.Diagnostics;
using DocGen.Domain;
using DocGen.Loading;

namespace DocGen.Binding;

/// <summary>progress.csv → what each unit reports on each of its tasks.</summary>
internal sealed class ProgressBinder(DiagnosticBag diagnostics, UnitRegistry units, IReadOnlyList<WorkTask> tasks)
{
    public static readonly string[] Columns = ["序号", "单位", "进展", "主要做法和成效", "存在问题", "下一步措施"];

    public IReadOnlyList<ProgressEntry> Bind(InputTable table)
    {
        var entries = new List<ProgressEntry>();
        foreach (var row in table.Rows)
        {
            var task = Task(row["序号"]);
            var unit = Unit(row["单位"]);
            var status = Status(row["进展"]);
            if (task is null || unit is null || status is null)
                continue;
            if (!task.Involves(unit))
            {
                diagnostics.Error(DiagnosticIds.ProgressUnitNotAssigned, row["单位"].Location,
                    $"“{unit.Name}”不是第{task.Number}项任务的牵头或责任单位，请核对序号或单位。");
                continue;
            }
            entries.Add(new ProgressEntry(task, unit, status.Value,
                row["主要做法和成效"].Value, row["存在问题"].Value, row["下一步措施"].Value) { Location = row["单位"].Location, WrittenUnit = row["单位"].Value });
        }
        return entries;
    }

    private WorkTask? Task(InputCell cell)
    {
        // Matched on the number's structure, so progress.csv may write 1．1 for the 1.1 of tasks.csv.
        var number = TaskNumber.Parse(cell.Value);
        var task = number is null ? null : tasks.FirstOrDefault(t => t.Number.Equals(number));
        if (task is null)
            diagnostics.Error(DiagnosticIds.ProgressTaskUnknown, cell.Location, $"序号“{cell.Value}”在 tasks.csv 中没有对应任务。");
        return task;
    }

    private Unit? Unit(InputCell cell)
    {
        var unit = units.Find(cell.Value);
        if (unit is null)
        {
            var suggestion = NameSuggester.Suggest(cell.Value, units.KnownNames);
            diagnostics.Error(DiagnosticIds.UnitUnknown, cell.Location,
                $"未知单位“{cell.Value}”，{(suggestion is null ? "请在 units.csv 中登记。" : $"是否为“{suggestion}”？")}");
        }
        return unit;
    }

    private ProgressStatus? Status(InputCell cell)
    {
        if (ProgressStatusNames.TryParse(cell.Value, out var status))
            return status;
        diagnostics.Error(DiagnosticIds.ProgressStatusInvalid, cell.Location,
            $"进展“{cell.Value}”无效，只能填：{string.Join("、", ProgressStatusNames.All)}。");
        return null;
    }
}
