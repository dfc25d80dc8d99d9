using System.Globalization;
using DocGen.Diagnostics;
using DocGen.Domain;
using DocGen.Loading;

namespace DocGen.Binding;

/// <summary>tasks.csv → <see cref="WorkTask"/>s with units resolved by name or alias.</summary>
internal sealed class TaskBinder(DiagnosticBag diagnostics, UnitRegistry units, IReadOnlyList<Phase> phases)
{
    public static readonly string[] Columns = ["序号", "类别", "项目", "工作任务", "牵头单位", "责任单位", "完成时限"];

    public IReadOnlyList<WorkTask> Bind(CsvTable table)
    {
        var tasks = new List<WorkTask>();
        var numbers = new Dictionary<int, CsvCell>();
        foreach (var row in table.Rows)
        {
            var number = Number(row["序号"], numbers);
            var text = row["工作任务"];
            if (text.IsEmpty)
                diagnostics.Error(DiagnosticIds.TaskTextMissing, text.Location, "工作任务为空，请填写任务内容。");
            var leads = Units(row["牵头单位"]);
            if (row["牵头单位"].IsEmpty)
                diagnostics.Error(DiagnosticIds.LeadUnitMissing, row["牵头单位"].Location, $"第{number}项任务没有牵头单位，请填写。");
            var partners = Units(row["责任单位"]).Where(u => !leads.Contains(u)).ToList();
            var deadline = Deadline(row["完成时限"]);
            var phase = PhaseOf(row["阶段"]);
            if (number is null || deadline is null)
                continue;
            tasks.Add(new WorkTask(number.Value, row["类别"].Value, row["项目"].Value, Score(row["分值"]), text.Value,
                leads, partners, deadline, phase, row.Location));
        }
        return tasks;
    }

    private int? Number(CsvCell cell, Dictionary<int, CsvCell> seen)
    {
        if (!int.TryParse(ChineseDate.Normalize(cell.Value), NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
        {
            diagnostics.Error(DiagnosticIds.TaskNumberInvalid, cell.Location, $"序号“{cell.Value}”应为正整数。");
            return null;
        }
        if (!seen.TryAdd(number, cell))
            diagnostics.Error(DiagnosticIds.TaskNumberDuplicate, cell.Location,
                $"序号{number}与第{seen[number].Location.Line}行重复，请重新编号。");
        return number;
    }

    private List<Unit> Units(CsvCell cell)
    {
        var result = new List<Unit>();
        foreach (var name in UnitListSplitter.Split(cell.Value))
        {
            if (units.Find(name) is { } unit)
            {
                if (!result.Contains(unit))
                    result.Add(unit);
                continue;
            }
            var suggestion = NameSuggester.Suggest(name, units.KnownNames);
            var hint = suggestion is null ? "请在 units.csv 中登记该单位或其简称。" : $"是否为“{suggestion}”？";
            diagnostics.Error(DiagnosticIds.UnitUnknown, cell.Location, $"未知单位“{name}”，{hint}");
        }
        return result;
    }

    private decimal? Score(CsvCell cell)
    {
        if (cell.IsEmpty)
            return null;
        if (decimal.TryParse(ChineseDate.Normalize(cell.Value), NumberStyles.Number, CultureInfo.InvariantCulture, out var score))
            return score;
        diagnostics.Error(DiagnosticIds.ScoreInvalid, cell.Location, $"分值“{cell.Value}”不是数字。");
        return null;
    }

    private Deadline? Deadline(CsvCell cell)
    {
        if (DeadlineParser.Parse(cell.Value) is { } deadline)
            return deadline;
        diagnostics.Error(DiagnosticIds.DeadlineInvalid, cell.Location,
            $"完成时限“{cell.Value}”无法识别，可写成“2023年5月底前”“2023年6月30日前”“2023年3月—12月”“长期坚持”“持续推进”“常态化推进”“每季度”或“合理缺项”。");
        return null;
    }

    private Phase? PhaseOf(CsvCell cell)
    {
        if (cell.IsEmpty)
            return null;
        var phase = phases.FirstOrDefault(p => p.Name == cell.Value);
        if (phase is null)
            diagnostics.Error(DiagnosticIds.PhaseUnknown, cell.Location,
                $"阶段“{cell.Value}”不在 phases.csv 中，可用的阶段：{string.Join("、", phases.Select(p => p.Name))}。");
        return phase;
    }
}
