using System.Text;
using DocGen.Diagnostics;

namespace DocGen.Import;

/// <summary>
/// The engine's entry point for <c>docgen import</c>: reads every source, finds the notice's facts, the tasks and
/// the phases, and reports the sources' own mistakes. Several sources form one set (a notice, its plan and a
/// separate 分工表). Writes nothing: <see cref="ImportedSetWriter"/> does, once nothing stops the import.
/// </summary>
public sealed class SetImporter(DiagnosticBag diagnostics)
{
    /// <returns>The set, or null after reporting why no set can be made.</returns>
    public ImportedSet? Import(IReadOnlyList<(string Path, string Display)> sources, Encoding? encoding = null)
    {
        var documents = sources.Select(s => SourceReader.Read(s.Path, s.Display, encoding, diagnostics)).ToList();
        if (diagnostics.HasErrors)
            return null;
        var notice = new NoticeFacts();
        var plan = new PlanReader(diagnostics);
        var noticeReader = new NoticeReader(diagnostics);
        foreach (var document in documents.OfType<SourceDocument>())
        {
            // The notice is what comes before the plan's first 一、 heading.
            var first = document.Blocks.ToList().FindIndex(b => b is SourceParagraph p && HeadingParser.Parse(p.Text)?.Level == 1);
            var front = (first < 0 ? document.Blocks : document.Blocks.Take(first)).OfType<SourceParagraph>().ToList();
            notice = Merge(notice, noticeReader.Read(front, document.DisplayPath));
            plan.Read(first < 0 ? document.Blocks.OfType<SourceTable>() : document.Blocks.Skip(first));
        }
        // A 分工表 gives every field (分值, 完成时限); the body's clauses only the units. The table wins when there is one.
        var tasks = plan.Tables.Tasks.Count > 0 ? plan.Tables.Tasks : plan.BodyTasks;
        if (tasks.Count == 0 && plan.Phases.Count == 0 && plan.Headings == 0)
        {
            var at = new SourceLocation(sources[0].Display);
            diagnostics.Error(DiagnosticIds.ImportNotAPlan, at,
                "没有找到实施方案的结构：既没有“一、”“（一）”这样的层次标题，也没有任务（“牵头单位：”“责任单位：”或任务分工表）和工作步骤；请确认选对了文件。");
            return null;
        }
        var set = new ImportedSet(notice, tasks, plan.Phases);
        new ImportReport(diagnostics).Summarise(set, noticeReader.ReportedMissingNumber, sources[0].Display);
        return set;
    }

    /// <summary>The first source that gives a fact wins: the notice before the plan, as a person would list them.</summary>
    private static NoticeFacts Merge(NoticeFacts a, NoticeFacts b) => new()
    {
        Issuer = a.Issuer ?? b.Issuer,
        IssuerMark = a.IssuerMark ?? b.IssuerMark,
        DocumentNumber = a.DocumentNumber ?? b.DocumentNumber,
        SignDate = a.SignDate ?? b.SignDate,
        Recipients = a.Recipients ?? b.Recipients,
        PlanTitle = a.PlanTitle ?? b.PlanTitle,
    };
}
