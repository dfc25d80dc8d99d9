using DocGen.Diagnostics;
using DocGen.Domain;
using DocGen.Loading;

namespace DocGen.Binding;

/// <summary>phases.csv → the plan's 工作步骤.</summary>
internal sealed class PhaseBinder(DiagnosticBag diagnostics)
{
    public static readonly string[] Columns = ["阶段", "开始", "结束", "工作内容"];

    /// <summary>Every phase name in the table, including those whose dates could not be read.</summary>
    public static IReadOnlySet<string> Names(CsvTable table) => table.Rows.Select(r => r["阶段"].Value).ToHashSet(StringComparer.Ordinal);

    public IReadOnlyList<Phase> Bind(CsvTable table)
    {
        var phases = new List<Phase>();
        foreach (var row in table.Rows)
        {
            var start = Date(row["开始"]);
            var end = Date(row["结束"]);
            if (start is null || end is null)
                continue;
            phases.Add(new Phase(row["阶段"].Value, start, end, row["工作内容"].Value)
            {
                StartLocation = row["开始"].Location,
                EndLocation = row["结束"].Location,
            });
        }
        return phases;
    }

    private PartialDate? Date(CsvCell cell)
    {
        if (PartialDate.TryParse(cell.Value, out var date))
            return date;
        diagnostics.Error(DiagnosticIds.DateInvalid, cell.Location,
            $"日期“{cell.Value}”无法识别，应写成“2023年2月”“2023-02”或“2023-02-15”。");
        return null;
    }
}
