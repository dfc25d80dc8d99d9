using System.Text.RegularExpressions;
using DocGen.Diagnostics;

namespace DocGen.Import;

/// <summary>
/// Walks one source in reading order after its notice: headings set the section (工作步骤 holds phases), the
/// 类别 (a （一） heading) and the 项目 (a 1. heading); paragraphs elsewhere give the tasks their clauses close;
/// tables go to the 分工表 reader.
/// </summary>
internal sealed partial class PlanReader(DiagnosticBag diagnostics)
{
    private readonly HeadingNumberTracker _numbers = new(diagnostics);
    private readonly PhaseReader _phaseReader = new(diagnostics);
    private bool _inPhases;
    private bool _inTaskSection;
    private string _category = "";
    private string _item = "";

    /// <summary>Prose since the last task or heading: the words of a task whose clause stands in a paragraph of its own.</summary>
    private readonly List<SourceParagraph> _pending = [];

    /// <summary>After the 附件 line comes the attachment (its label, title and table), which is no plan prose.</summary>
    private bool _inAttachment;

    /// <summary>The plan's text in reading order, classed: the outline of the set's own plan template.</summary>
    public List<PlanPart> Outline { get; } = [];

    public List<ImportedTask> BodyTasks { get; } = [];

    /// <summary>
    /// The paragraphs under a 任务 section (创建任务, 重点任务 …) as tasks without units: what a plan that assigns no
    /// task (the town plan) gives, for a person to assign in tasks.csv.
    /// </summary>
    public List<ImportedTask> UnassignedTasks { get; } = [];

    public List<ImportedPhase> Phases { get; } = [];

    public TaskTableReader Tables { get; } = new();

    public int Headings { get; private set; }

    /// <summary>The title the 附件 line gives the attachment (GB/T 9704 7.3.4), if any.</summary>
    public string? AttachmentTitle { get; private set; }

    /// <summary>The first count of tasks the prose states, if any.</summary>
    public StatedCount? Stated { get; private set; }

    public void Read(IEnumerable<SourceBlock> blocks)
    {
        foreach (var block in blocks)
        {
            if (block is SourceTable table)
                Tables.Read(table);
            else if (block is SourceParagraph paragraph)
                Read(paragraph);
        }
    }

    private void Read(SourceParagraph paragraph)
    {
        if (!_inAttachment)
            ListCountChecker.Check(paragraph, diagnostics);
        var heading = HeadingParser.Parse(paragraph.Text);
        var text = paragraph.Text;
        if (heading is not null)
        {
            Headings++;
            _numbers.See(heading, paragraph.Location);
            Enter(heading);
            _pending.Clear();
            if (_inPhases && heading.Level == 2 && _phaseReader.Read(heading, paragraph.Location) is { } phase)
            {
                Phases.Add(phase);
                Write(new PlanPhasePart());
                return;
            }
            Write(new PlanHeadingPart(heading.Level, heading.Number, heading.Title, heading.Title.Length > 0 ? heading.Rest.Length > 0 : heading.Remainder.Length > 0, _inPhases));
            text = heading.Title.Length > 0 ? heading.Rest : heading.Remainder;
        }
        else if (_inPhases && Phases.Count > 0 && Outline.LastOrDefault() is PlanPhasePart)
        {
            // A phase's content may go on in the paragraphs after its heading.
            Phases[^1] = Phases[^1] with { Content = Phases[^1].Content + text };
            return;
        }
        if (!_inPhases)
            ReadTasks(text, paragraph);
        else if (text.Length > 0)
            Write(new PlanTextPart(text));
    }

    private void Write(PlanPart part)
    {
        if (!_inAttachment)
            Outline.Add(part);
    }

    private void Enter(Heading heading)
    {
        switch (heading.Level)
        {
            case 1:
                _inPhases = PhaseReader.SectionTitles.Any(heading.Title.Contains);
                _inTaskSection = !_inPhases && TaskSectionTitles.Any(heading.Title.Contains);
                (_category, _item) = ("", "");
                break;
            case 2:
                (_category, _item) = (heading.Title, "");
                break;
            case 3:
                _item = heading.Title;
                break;
        }
    }

    private void ReadTasks(string text, SourceParagraph paragraph)
    {
        var (tasks, remainder, offset) = TaskClauseParser.Parse(text);
        var shift = paragraph.Text.Length - text.Length;
        if (tasks.Count == 0)
        {
            Stated ??= StatedCount.Find(text, paragraph.Location);
            if (AttachmentLine().Match(text) is { Success: true } attachment)
            {
                AttachmentTitle ??= attachment.Groups["title"].Value.Trim();
                _inAttachment = true;
            }
            else if (text.Length > 0)
            {
                _pending.Add(paragraph with { Text = text });
                Write(new PlanTextPart(text) { CouldBeTask = _inTaskSection });
                if (_inTaskSection)
                    UnassignedTasks.Add(new ImportedTask(_category, _item, "", text, [], [], "", At(paragraph, shift)));
            }
            return;
        }
        foreach (var task in tasks)
        {
            var at = At(paragraph, shift + task.Offset);
            var words = task.Text;
            // “责任单位：…完成时间：…” on a line of its own closes the paragraphs before it.
            if (words.Length == 0 && _pending.Count > 0)
            {
                (words, at) = (string.Concat(_pending.Select(p => p.Text)).TrimEnd('；', ';', '，', ',', '。') + "。", _pending[0].Location);
                if (!_inAttachment)
                    Outline.RemoveRange(Outline.Count - _pending.Count, _pending.Count);
            }
            _pending.Clear();
            if (Outline.LastOrDefault() is not PlanTasksPart)
                Write(new PlanTasksPart());
            if (task.Unbalanced)
                diagnostics.Warning(DiagnosticIds.ImportBracketUnbalanced, at, "“（牵头单位：……”的括号没有闭合；请补齐括号。");
            BodyTasks.Add(new ImportedTask(_category, _item, "", words, task.Leads, task.Partners, task.Deadline, at) { LeadFromPartners = task.LeadFromPartners });
        }
        if (tasks.Count > 0 && remainder.Length > 0)
            Write(new PlanLeftoverPart(remainder));
        if (tasks.Count > 0 && remainder.Length > 0)
            diagnostics.Warning(DiagnosticIds.ImportTextWithoutUnits, At(paragraph, shift + offset),
                $"“{(remainder.Length <= 20 ? remainder : remainder[..20] + "……")}”之后没有“牵头单位：”或“责任单位：”，未作为任务导入；请核对是否漏写了分工。");
    }

    /// <summary>The titles of the sections whose paragraphs are tasks even where the plan names no units for them.</summary>
    private static readonly string[] TaskSectionTitles = ["任务", "主要措施", "工作措施", "重点工作", "工作重点"];

    /// <summary>A column inside a .txt line; a .docx paragraph keeps its paragraph number alone.</summary>
    private static SourceLocation At(SourceParagraph paragraph, int offset) =>
        paragraph.CharacterColumns ? paragraph.Location with { Column = paragraph.Location.Column + offset } : paragraph.Location;

    [GeneratedRegex(@"^附件\s*[:：]\s*(?:[0-9]+\s*[.．、]\s*)?(?<title>.+?)[。.]?$")]
    private static partial Regex AttachmentLine();
}
