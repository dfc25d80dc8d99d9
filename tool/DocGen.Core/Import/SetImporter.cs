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
        var noticeReader = new NoticeReader(diagnostics);
        List<ImportedTask> tableTasks = [], bodyTasks = [], unassignedTasks = [];
        List<ImportedPhase> phases = [];
        var headings = 0;
        StatedCount? stated = null;
        PlanProse? prose = null;
        foreach (var document in documents.OfType<SourceDocument>())
        {
            // The notice is what comes before the plan's first 一、 heading.
            var first = document.Blocks.ToList().FindIndex(b => b is SourceParagraph p && HeadingParser.Parse(p.Text)?.Level == 1);
            var front = (first < 0 ? document.Blocks : document.Blocks.Take(first)).OfType<SourceParagraph>().ToList();
            notice = Merge(notice, noticeReader.Read(front, document.DisplayPath));
            var plan = new PlanReader(diagnostics);
            plan.Read(first < 0 ? document.Blocks.OfType<SourceTable>() : document.Blocks.Skip(first));
            headings += plan.Headings;
            // A notice carries the plan that the plan's own file carries again: the first one gives the words.
            if (prose is null && plan.Headings > 0)
                prose = new PlanProse(Preamble(front), plan.Outline);
            stated ??= plan.Stated;
            notice = notice with { TableTitle = notice.TableTitle ?? plan.AttachmentTitle };
            // A notice carries its plan and a plan its 分工表: the same list given twice is one list.
            AddUnlessRepeated(tableTasks, plan.Tables.Tasks, TaskKey);
            AddUnlessRepeated(bodyTasks, plan.BodyTasks, TaskKey);
            AddUnlessRepeated(unassignedTasks, plan.UnassignedTasks, TaskKey);
            AddUnlessRepeated(phases, plan.Phases, p => $"{p.Name}|{p.Start}|{p.End}|{p.Content}");
        }
        // A 分工表 gives every field (分值, 完成时限); the body's clauses only the units. The table wins when there is one.
        // A plan that assigns no task at all still lists them: its 任务 paragraphs become tasks for a person to assign.
        var tasks = tableTasks.Count > 0 ? tableTasks : bodyTasks.Count > 0 ? bodyTasks : unassignedTasks;
        if (tasks == unassignedTasks && tasks.Count > 0)
        {
            diagnostics.Warning(DiagnosticIds.ImportTasksUnassigned, tasks[0].Location,
                $"原文没有为任何任务写明牵头单位或责任单位，已把“任务”一节的 {tasks.Count} 段作为任务导入，牵头单位和责任单位留空；请在 tasks.csv 中补填（补填之前 check 逐项报 DG2104）。");
            prose = prose is null ? null : prose with { Parts = prose.Parts.Select(p => p is PlanTextPart { CouldBeTask: true } ? new PlanTasksPart() : p).ToList() };
        }
        if (tasks.Count == 0 && phases.Count == 0 && headings == 0)
        {
            var at = new SourceLocation(sources[0].Display);
            diagnostics.Error(DiagnosticIds.ImportNotAPlan, at,
                "没有找到实施方案的结构：既没有“一、”“（一）”这样的层次标题，也没有任务（“牵头单位：”“责任单位：”或任务分工表）和工作步骤；请确认选对了文件。");
            return null;
        }
        var set = new ImportedSet(notice, tasks, phases) { Prose = prose ?? PlanProse.Empty };
        new ImportReport(diagnostics).Summarise(set, noticeReader.ReportedMissingNumber, sources[0].Display);
        CheckStatedCount(stated, set);
        return set;
    }

    /// <summary>A count in the prose may count rows or items (38 items give the Wei County plan's 74 rows); either agrees.</summary>
    private void CheckStatedCount(StatedCount? stated, ImportedSet set)
    {
        if (stated is null || set.Tasks.Count == 0)
            return;
        var items = set.Tasks.Select(t => (t.Category, t.Item)).Distinct().Count();
        if (stated.Count != set.Tasks.Count && stated.Count != items)
            diagnostics.Warning(DiagnosticIds.ImportCountMismatch, stated.Location,
                $"原文写“{stated.Words}”，但找到 {set.Tasks.Count} 项任务（{items} 个项目）；请核对原文的数字或任务是否漏写。");
    }

    /// <summary>The paragraphs between the plan's own title and its first 一、: its opening (为……，制定本方案。).</summary>
    private static List<string> Preamble(List<SourceParagraph> front)
    {
        var title = NoticeReader.PlanTitleParagraph(front);
        return title is null ? [] : front.Skip(front.IndexOf(title) + 1).Select(p => p.Text).Where(t => t.Length > 0).ToList();
    }

    private static void AddUnlessRepeated<T>(List<T> all, List<T> more, Func<T, string> key)
    {
        if (more.Count == 0 || all.Select(key).ToList() is var seen && seen.Count >= more.Count && more.Select(key).All(seen.Contains))
            return;
        all.AddRange(more);
    }

    private static string TaskKey(ImportedTask t) =>
        $"{t.Category}|{t.Item}|{t.Score}|{t.Text}|{string.Join("、", t.Leads)}|{string.Join("、", t.Partners)}|{t.Deadline}";

    /// <summary>The first source that gives a fact wins: the notice before the plan, as a person would list them.</summary>
    private static NoticeFacts Merge(NoticeFacts a, NoticeFacts b) => new()
    {
        Issuer = a.Issuer ?? b.Issuer,
        IssuerMark = a.IssuerMark ?? b.IssuerMark,
        DocumentNumber = a.DocumentNumber ?? b.DocumentNumber,
        SignDate = a.SignDate ?? b.SignDate,
        Recipients = a.Recipients ?? b.Recipients,
        PlanTitle = a.PlanTitle ?? b.PlanTitle,
        TableTitle = a.TableTitle ?? b.TableTitle,
    };
}
