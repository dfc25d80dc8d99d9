using DocGen.Diagnostics;
using DocGen.Rules;

namespace DocGen.Binding;

/// <summary>
/// The DG2 ids binding reports itself, because it finds them while reading a value once: a 发文字号 that does not
/// parse, a name that names no unit, phase or task. The rules (<see cref="RuleCatalog"/>) report the rest.
/// </summary>
internal static class BindingIds
{
    public static IReadOnlyList<RuleId> All { get; } =
    [
        new(DiagnosticIds.DocumentNumberInvalid, Severity.Error, "发文字号写成“机关代字〔年份〕序号号”：六角括号、四位年份、不加“第”、序号不编虚位"),
        new(DiagnosticIds.UnitAliasAmbiguous, Severity.Error, "每个全称、简称只指向一个单位"),
        new(DiagnosticIds.UnitUnknown, Severity.Error, "牵头单位、责任单位和 progress.csv 的单位都能在 units.csv 中按全称或简称找到"),
        new(DiagnosticIds.PhaseUnknown, Severity.Error, "“阶段”列填写的阶段在 phases.csv 中存在"),
        new(DiagnosticIds.ProgressTaskUnknown, Severity.Error, "progress.csv 的序号对应 tasks.csv 中的任务"),
        new(DiagnosticIds.ProgressUnitNotAssigned, Severity.Error, "progress.csv 的单位是该任务的牵头或责任单位"),
    ];
}
