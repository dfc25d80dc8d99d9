using DocGen.Domain;
using DocGen.Model;
using DocGen.Output;

namespace DocGen.Pipeline;

/// <summary>The documents a set produces: notice, plan, table, one report per responsible unit, the jurisdiction report.</summary>
internal static class DocumentCatalog
{
    /// <summary>Each default template and the model type it renders, for checking names before rendering.</summary>
    public static readonly IReadOnlyDictionary<string, Type> TemplateModels = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        ["notice"] = typeof(SetModel),
        ["plan"] = typeof(SetModel),
        ["table"] = typeof(SetModel),
        ["unit-report"] = typeof(UnitReportModel),
        ["jurisdiction-report"] = typeof(JurisdictionReportModel),
    };

    public static IReadOnlyList<DocumentRequest> For(DocumentSet set)
    {
        var model = SetModelBuilder.Build(set);
        var requests = new List<DocumentRequest>
        {
            new("印发通知.docx", "notice", model),
            new("实施方案.docx", "plan", model),
            new("任务分工表.docx", "table", model),
            new($"全{model.JurisdictionLevel}自查报告.docx", "jurisdiction-report", ReportModelBuilder.ForJurisdiction(set, model)),
        };
        foreach (var unit in ReportModelBuilder.ReportingUnits(set))
            requests.Add(new(FileNames.UnitReport(unit.DisplayName), "unit-report", ReportModelBuilder.ForUnit(set, model, unit)));
        // ReportFileNameRule reports two units with one file name before any document is made; one here is a defect.
        if (requests.GroupBy(r => r.FileName, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } clash)
            throw new InvalidOperationException($"two documents would be written as {clash.Key}");
        return requests;
    }
}
