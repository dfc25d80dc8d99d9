using System.Globalization;
using DocGen.Diagnostics;
using DocGen.Domain;
using DocGen.Loading;

namespace DocGen.Binding;

/// <summary>tasks.csv → <see cref="WorkTask"/>s with units resolved by name or alias.</summary>
/// <param name="planYear">The year of the plan's 成文日期, for deadlines that leave the year out; null when it is unknown.</param>
internal sealed class TaskBinder(DiagnosticBag diagnostics, UnitRegistry units, IReadOnlyList<Phase> phases, IReadOnlySet<string> phaseNames, int? planYear = null)
{
    public static readonly string[] Columns = ["序号", "类别", "项目", "工作任务", "牵头单位", "责任单位", "完成时限"];

    public IReadOnlyList<WorkTask> Bind(InputTable table)
    {
        var tasks = new List<WorkTask>();
        TaskColumns? columns = null;
        foreach (var row in table.Rows)
        {
            columns ??= Positions(row.Columns);
            var number = Number(row["序号"]);
            var text = row["工作任务"];
            if (text.IsEmpty)
                diagnostics.Error(DiagnosticIds.TaskTextMissing, text.Location, "工作任务为空，请填写任务内容。");
            var mentions = Mentions(row["牵头单位"], isLead: true).Concat(Mentions(row["责任单位"], isLead: false)).ToList();
            var leads = mentions.Where(m => m.IsLead).Select(m => m.Unit).Distinct().ToList();
            var partners = mentions.Where(m => !m.IsLead).Select(m => m.Unit).Distinct().Where(u => !leads.Contains(u)).ToList();
            var deadline = Deadline(row["完成时限"]);
            var phase = PhaseOf(row["阶段"]);
            if (number is null)
                continue;
            tasks.Add(new WorkTask(number, row["类别"].Value, row["项目"].Value, Score(row["分值"]), text.Value,
                leads, partners, deadline ?? new Deadline(row["完成时限"].Value, DeadlineKind.Unreadable, null, null), phase, row.Location)
            {
                Cells = new TaskCells(row.Location, columns),
                Mentions = mentions,
                LeadText = row["牵头单位"].Value,
                PhaseName = row["阶段"].Value,
            });
        }
        return tasks;
    }

    /// <summary>The table's column positions, one object for all its rows.</summary>
    private static TaskColumns Positions(IReadOnlyDictionary<string, int> columns)
    {
        int? At(string name) => columns.TryGetValue(name, out var index) ? index + 1 : null;
        return new TaskColumns(At("序号"), At("类别"), At("项目"), At("分值"), At("工作任务"), At("牵头单位"), At("责任单位"), At("完成时限"), At("阶段"));
    }

    private TaskNumber? Number(InputCell cell)
    {
        if (TaskNumber.Parse(cell.Value) is { } number)
            return number;
        diagnostics.Error(DiagnosticIds.TaskNumberInvalid, cell.Location,
            $"序号“{cell.Value}”无法识别，可写成“3”“1.2”“7.1.2”“一”“五.3”或“（12）”。");
        return null;
    }

    private IEnumerable<UnitMention> Mentions(InputCell cell, bool isLead)
    {
        foreach (var name in UnitListSplitter.Split(cell.Value))
        {
            if (units.Find(name) is { } unit)
            {
                yield return new UnitMention(unit, name, cell.Location, isLead);
                continue;
            }
            var suggestion = NameSuggester.Suggest(name, units.KnownNames);
            var hint = suggestion is null ? "请在 units.csv 中登记该单位或其简称。" : $"是否为“{suggestion}”？";
            diagnostics.Error(DiagnosticIds.UnitUnknown, cell.Location, $"未知单位“{name}”，{hint}");
        }
    }

    private decimal? Score(InputCell cell)
    {
        if (cell.IsEmpty)
            return null;
        if (decimal.TryParse(ChineseDate.Normalize(cell.Value), NumberStyles.Number, CultureInfo.InvariantCulture, out var score))
            return score;
        diagnostics.Error(DiagnosticIds.ScoreInvalid, cell.Location, $"分值“{cell.Value}”不是数字。");
        return null;
    }

    private Deadline? Deadline(InputCell cell)
    {
        if (cell.Date is { } date)
            return Domain.Deadline.On(date);
        if (DeadlineParser.Parse(cell.Value, planYear) is { } deadline)
            return deadline;
        diagnostics.Error(DiagnosticIds.DeadlineInvalid, cell.Location,
            $"完成时限“{cell.Value}”中的日期不存在或区间前后倒置，请核对（可写成“2023年5月底前”“2023年6月30日前”“2023年3月—12月”“2023年第三季度”“长期坚持”等，也可留空）。");
        return null;
    }

    private Phase? PhaseOf(InputCell cell)
    {
        if (cell.IsEmpty)
            return null;
        var phase = phases.FirstOrDefault(p => p.Name == cell.Value);
        // A phase whose dates could not be read was reported in phases.csv; do not repeat it for every task.
        if (phase is null && !phaseNames.Contains(cell.Value))
            diagnostics.Error(DiagnosticIds.PhaseUnknown, cell.Location,
                $"阶段“{cell.Value}”不在 phases.csv 中，可用的阶段：{string.Join("、", phases.Select(p => p.Name))}。");
        return phase;
    }
}
