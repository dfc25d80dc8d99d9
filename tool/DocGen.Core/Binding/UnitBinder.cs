using DocGen.Diagnostics;
using DocGen.Domain;
using DocGen.Loading;

namespace DocGen.Binding;

/// <summary>units.csv → <see cref="UnitRegistry"/>; every name and alias must point at exactly one unit.</summary>
internal sealed class UnitBinder(DiagnosticBag diagnostics, UnitNameStyle style)
{
    public const string NameColumn = "单位";
    public const string AliasColumn = "简称";
    public const string ReportColumn = "自查报告";

    public UnitRegistry Bind(InputTable table)
    {
        var units = new List<Unit>();
        var byName = new Dictionary<string, Unit>(StringComparer.Ordinal);
        var firstSeen = new Dictionary<string, InputCell>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var name = row[NameColumn];
            if (name.IsEmpty)
            {
                diagnostics.Error(DiagnosticIds.UnitNameEmpty, name.Location, "单位名称为空，请填写单位全称。");
                continue;
            }
            var aliases = UnitListSplitter.Split(row[AliasColumn].Value).Where(a => a != name.Value).Distinct().ToList();
            var display = style == UnitNameStyle.ShortName && aliases.Count > 0 ? aliases[0] : name.Value;
            var unit = new Unit(name.Value, aliases, ReadsReportFlag(row[ReportColumn], name.Value), display) { Location = name.Location };
            units.Add(unit);
            foreach (var key in aliases.Prepend(name.Value))
            {
                var cell = key == name.Value ? name : row[AliasColumn];
                if (firstSeen.TryGetValue(key, out var earlier))
                {
                    diagnostics.Error(DiagnosticIds.UnitAliasAmbiguous, cell.Location,
                        $"名称“{key}”同时指向“{byName[key].Name}”（第{earlier.Location.Line}行）和“{unit.Name}”，请删去其中一处。");
                    continue;
                }
                firstSeen[key] = cell;
                byName[key] = unit;
            }
        }
        return new UnitRegistry(units, byName);
    }

    /// <summary>
    /// A collective name (各乡镇人民政府, 县食安委各成员单位, 有关部门) is a group, not one office that writes a report;
    /// an empty 自查报告 cell means 否 for it, 是 for any other unit.
    /// </summary>
    public static bool NamesGroup(string name) =>
        name.StartsWith('各') || name.EndsWith("各成员单位", StringComparison.Ordinal) || name.EndsWith("有关部门", StringComparison.Ordinal);

    private bool ReadsReportFlag(InputCell cell, string name)
    {
        switch (cell.Value)
        {
            case "":
                return !NamesGroup(name);
            case "是":
                return true;
            case "否":
                return false;
            default:
                diagnostics.Error(DiagnosticIds.UnitReportFlagInvalid, cell.Location,
                    $"“自查报告”列只能填“是”或“否”，此处为“{cell.Value}”。");
                return true;
        }
    }
}
