using DocGen.Diagnostics;
using DocGen.Domain;
using DocGen.Model;
using DocGen.Templates;

namespace DocGen.Pipeline;

/// <summary>
/// The documents a set produces, as the templates of the folder in use declare them in their front matter: a set's
/// documents once, a unit's once for each reporting unit, each with the model its template names.
/// </summary>
internal static class DocumentCatalog
{
    public static Type ModelType(DocumentModelKind model) => model switch
    {
        DocumentModelKind.Set => typeof(SetModel),
        DocumentModelKind.UnitReport => typeof(UnitReportModel),
        DocumentModelKind.ChangeNote => typeof(Diff.ChangeNoteModel),
        _ => typeof(JurisdictionReportModel),
    };

    /// <returns>Every document to make, or none after reporting two that would be written to one file.</returns>
    public static IReadOnlyList<DocumentRequest> For(DocumentSet set, IReadOnlyList<DocumentDeclaration> documents, DiagnosticBag diagnostics)
    {
        var model = SetModelBuilder.Build(set);
        var requests = new List<(DocumentRequest Request, DocumentDeclaration Declaration, string? Unit)>();
        foreach (var document in documents.Where(d => d.Copies == DocumentCopies.OncePerSet))
        {
            object documentModel = document.Model == DocumentModelKind.Set ? model : ReportModelBuilder.ForJurisdiction(set, model);
            requests.Add((new(document.FileName.Expand(model.Jurisdiction, model.JurisdictionLevel), document.Template, documentModel), document, null));
        }
        foreach (var document in documents.Where(d => d.Copies == DocumentCopies.PerReportingUnit))
            foreach (var unit in ReportModelBuilder.ReportingUnits(set))
                requests.Add((new(document.FileName.Expand(model.Jurisdiction, model.JurisdictionLevel, unit.DisplayName), document.Template,
                    ReportModelBuilder.ForUnit(set, model, unit)), document, unit.DisplayName));
        return ReportClashes(requests, diagnostics) ? [] : requests.Select(r => r.Request).ToList();
    }

    /// <summary>
    /// Two templates that name one file, or one whose name drops what tells two units apart, would overwrite each
    /// other (Windows compares names without case). Two units of the default report name are DG2110, found earlier.
    /// </summary>
    private static bool ReportClashes(List<(DocumentRequest Request, DocumentDeclaration Declaration, string? Unit)> requests, DiagnosticBag diagnostics)
    {
        var clashes = requests.GroupBy(r => r.Request.FileName, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).ToList();
        foreach (var clash in clashes)
        {
            var (first, second) = (clash.First(), clash.Skip(1).First());
            diagnostics.Error(DiagnosticIds.TemplateFileNameClash, second.Declaration.FileNameAt, first.Declaration == second.Declaration
                ? $"按“{first.Declaration.FileName}”，单位“{first.Unit}”和“{second.Unit}”的文件同名，都是“{clash.Key}”，后写的会覆盖先写的；请让文件名中的 {{{{{FileNamePattern.Unit}}}}} 区分各单位，或改单位名称。"
                : $"模板“{first.Declaration.Template}”和“{second.Declaration.Template}”都生成“{clash.Key}”，后写的会覆盖先写的；请改其中一个的“{FrontMatterReader.FileKey}”。");
        }
        return clashes.Count > 0;
    }
}
