using DocGen.Diagnostics;

namespace DocGen.Import;

/// <summary>
/// What import says once about the whole set rather than at each place: facts the sources do not give, leads
/// taken from a list of 责任单位, and tasks without a 完成时限. Each is a warning; the set is still written.
/// </summary>
internal sealed class ImportReport(DiagnosticBag diagnostics)
{
    private static IEnumerable<string> Names(ImportedTask task) => task.Leads.Concat(task.Partners);

    public void Summarise(ImportedSet set, bool numberReported, string firstSource)
    {
        var at = new SourceLocation(firstSource);
        if (set.Notice.DocumentNumber is null && !numberReported)
            diagnostics.Warning(DiagnosticIds.ImportDocumentNumberMissing, at,
                "没有找到发文字号；请在 manifest.yaml 中补填“发文字号”，如“威政办〔2023〕1号”。");
        if (ManifestText.Missing(set) is { Count: > 0 } missing)
            diagnostics.Warning(DiagnosticIds.ImportFactsMissing, at,
                $"原文没有给出 {string.Join("、", missing)}，manifest.yaml 中已留出这些键（注释行），请补填后再生成。");
        var fromPartners = set.Tasks.Where(t => t.LeadFromPartners).ToList();
        if (fromPartners.Count > 0)
            diagnostics.Warning(DiagnosticIds.ImportLeadFromPartners, fromPartners[0].Location,
                $"{fromPartners.Count} 项任务只写了责任单位，已把每项的第一个责任单位作为牵头单位；请在 tasks.csv 中核对。");
        foreach (var group in set.UnitGroups.Where(g => g.Aliases.Count > 0))
            diagnostics.Warning(DiagnosticIds.ImportUnitSpellingsGrouped, set.Tasks.First(t => Names(t).Any(n => n == group.Name || group.Aliases.Contains(n))).Location,
                $"“{string.Join("”“", group.Aliases.Prepend(group.Name))}”看作同一单位，units.csv 中登记为“{group.Name}”，其余作为简称；不是同一单位时请在 units.csv 中分成几行。");
        new UnitNameChecker(diagnostics).Check(set);
        var undated = set.Tasks.Where(t => t.Deadline.Length == 0).ToList();
        if (undated.Count > 0)
            diagnostics.Warning(DiagnosticIds.ImportDeadlinesMissing, undated[0].Location,
                $"{undated.Count} 项任务原文没有完成时限，tasks.csv 中留空；知道时请补填（如“2023年6月30日前”“长期坚持”），或填写所属阶段。");
    }
}
