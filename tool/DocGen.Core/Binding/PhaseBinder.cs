using System.Text.RegularExpressions;
using DocGen.Diagnostics;
using DocGen.Domain;
using DocGen.Loading;

namespace DocGen.Binding;

/// <summary>phases.csv → the plan's 工作步骤; either date may be left empty when the plan leaves it open.</summary>
internal sealed partial class PhaseBinder(DiagnosticBag diagnostics)
{
    public static readonly string[] Columns = ["阶段", "开始", "结束", "工作内容"];

    /// <summary>Every phase name in the table, including those whose dates could not be read.</summary>
    public static IReadOnlySet<string> Names(InputTable table) => table.Rows.Select(r => r["阶段"].Value).ToHashSet(StringComparer.Ordinal);

    public IReadOnlyList<Phase> Bind(InputTable table)
    {
        var phases = new List<Phase>();
        foreach (var row in table.Rows)
        {
            var (startCell, endCell) = (row["开始"], row["结束"]);
            // Plans write an open phase as “2023年1月底前” or “2023年4月初开始”; the words say which bound it is,
            // whichever column it was typed in.
            if (endCell.IsEmpty && Before().IsMatch(startCell.Value))
                (startCell, endCell) = (endCell, startCell);
            else if (startCell.IsEmpty && From().IsMatch(endCell.Value))
                (startCell, endCell) = (endCell, startCell);
            var (startOk, start) = Date(startCell, From());
            var (endOk, end) = Date(endCell, Before());
            if (!startOk || !endOk)
                continue;
            phases.Add(new Phase(row["阶段"].Value, start, end, row["工作内容"].Value)
            {
                StartLocation = startCell.Location,
                EndLocation = endCell.Location,
            });
        }
        return phases;
    }

    /// <returns>Whether the cell was readable (an empty cell is: the bound is open), and the date if one was written.</returns>
    private (bool Ok, PartialDate? Date) Date(InputCell cell, Regex suffix)
    {
        if (cell.IsEmpty)
            return (true, null);
        if (cell.Date is { } day)
            return (true, new PartialDate(day.Year, day.Month, day.Day));
        var text = suffix.Replace(ChineseDate.Normalize(cell.Value), "");
        if (PartialDate.TryParse(text, out var date))
            return (true, date);
        diagnostics.Error(DiagnosticIds.DateInvalid, cell.Location,
            $"日期“{cell.Value}”无法识别，应写成“2023年2月”“2023年5月上旬”“2023年1月底”“2023-02”或“2023-02-15”；时间不定的一端可以留空。");
        return (false, null);
    }

    [GeneratedRegex(@"(?:之前|以前|前)$")]
    private static partial Regex Before();

    [GeneratedRegex(@"(?:起开始|开始|起)$")]
    private static partial Regex From();
}
