using System.Text;
using DocGen.Templates;

namespace DocGen.Import;

/// <summary>
/// Writes the set's own <c>partials/plan-body.hbs</c> from the plan's words: its prose with the headings' typed numbers
/// removed (DocGen numbers headings itself), the sections that held tasks and phases as loops over tasks.csv and
/// phases.csv, and the facts the set holds as model references. Text beside a task that became no task is kept
/// in a comment where it stood, never dropped.
/// </summary>
internal static class PlanTemplateWriter
{
    public static string Write(ImportedSet set)
    {
        var facts = new FactReferences(set);
        var text = new StringBuilder();
        text.Append("{{!-- 实施方案正文，由 docgen import 按原方案的文字写成：标题序号由 DocGen 生成，原文中的辖区、工作名称、方案标题等换成了清单中的值，\n")
            .Append("     重点任务和工作步骤从 tasks.csv、phases.csv 生成。改写措辞直接改这里；印发通知和实施方案共用这一局部模板。 --}}\n");
        text.Append("# {{PlanTitle}}\n\n");
        foreach (var paragraph in set.Prose.Preamble)
            text.Append(Line("", facts.Render(paragraph))).Append("\n\n");
        foreach (var section in Sections(set.Prose.Parts))
        {
            if (section.Any(p => p is PlanPhasePart))
                WritePhaseSection(text, section, facts);
            else if (section.Any(p => p is PlanTasksPart))
                WriteTaskSection(text, section, facts);
            else
                WriteProse(text, section, facts);
        }
        if (set.Tasks.Count > 0)
            text.Append("::: attachments\n附件：{{TableTitle}}\n:::\n");
        return text.ToString();
    }

    /// <summary>The parts under each 一、 heading, the heading first.</summary>
    private static List<List<PlanPart>> Sections(IReadOnlyList<PlanPart> parts) => Split(parts, level: 1);

    private static List<List<PlanPart>> Split(IReadOnlyList<PlanPart> parts, int level)
    {
        var sections = new List<List<PlanPart>>();
        foreach (var part in parts)
        {
            if (sections.Count == 0 || part is PlanHeadingPart { Level: var l } && l == level)
                sections.Add([]);
            sections[^1].Add(part);
        }
        return sections;
    }

    private static void WritePhaseSection(StringBuilder text, List<PlanPart> section, FactReferences facts)
    {
        var loopWritten = false;
        var prose = new List<PlanPart>();
        foreach (var part in section)
        {
            if (part is not PlanPhasePart)
            {
                prose.Add(part);
                continue;
            }
            if (loopWritten)
                continue;
            WriteProse(text, prose, facts);
            prose.Clear();
            text.Append("{{#each Phases}}\n### {{Name}}{{#if Span}}（{{Span}}）{{/if}} {.runin}\n\n{{Content}}\n\n{{/each}}\n");
            loopWritten = true;
        }
        WriteProse(text, prose, facts);
    }

    /// <summary>
    /// The section of the 重点任务: its （一） parts that held tasks become one loop over the 类别 where the first
    /// of them stood; the others (a 否决项 that only describes) stay prose.
    /// </summary>
    private static void WriteTaskSection(StringBuilder text, List<PlanPart> section, FactReferences facts)
    {
        var loopWritten = false;
        var unplaced = new List<string>();
        foreach (var part in Split(section, level: 2))
        {
            if (!part.Any(p => p is PlanTasksPart))
            {
                WriteProse(text, part, facts);
                continue;
            }
            // The 一、 heading and any words before the first task stay where they are.
            var lead = part[0] is PlanHeadingPart { Level: 1 } ? part.TakeWhile(p => p is not PlanTasksPart and not PlanHeadingPart { Level: > 1 }).ToList() : [];
            WriteProse(text, lead, facts);
            unplaced.AddRange(part.Skip(lead.Count).Select(p => p switch
            {
                PlanTextPart t => t.Text,
                PlanLeftoverPart l => l.Text,
                _ => null,
            }).OfType<string>());
            if (loopWritten)
                continue;
            text.Append(TaskLoop(section));
            loopWritten = true;
        }
        if (unplaced.Count > 0)
            text.Append("{{!-- 原方案中以下文字写在任务旁边，但没有写明牵头单位或责任单位，未作为任务导入；需要时改写后移到合适的位置：\n")
                .AppendJoin("\n", unplaced.Select(t => "- " + FactReferences.InComment(t)))
                .Append("\n--}}\n\n");
    }

    /// <summary>The 类别 and 项目 as the source shows them: 项目 run in with their tasks, numbered on across 类别 or not.</summary>
    private static string TaskLoop(List<PlanPart> section)
    {
        var items = section.OfType<PlanHeadingPart>().Where(h => h.Level == 3).ToList();
        var runIn = items.Count == 0 || items.Any(h => h.RunIn);
        var continuous = ContinuesAcrossParents(section, level: 3);
        var classes = string.Join(" ", new[] { continuous ? ".continuous" : null, runIn ? ".runin" : null }.OfType<string>());
        var attributes = classes.Length > 0 ? $" {{{classes}}}" : "";
        return "{{#each Categories}}\n### {{Name}}\n\n{{#each Items}}\n{{#if Name}}\n#### {{Name}}" + (runIn ? "。" : "") + attributes + "\n\n{{/if}}\n"
            + "{{#each Tasks}}{{Text}}{{#if Leads}}（牵头单位：{{Leads}}{{#if Partners}}；责任单位：{{Partners}}{{/if}}）{{/if}}{{/each}}\n\n{{/each}}\n{{/each}}\n";
    }

    private static void WriteProse(StringBuilder text, IEnumerable<PlanPart> parts, FactReferences facts)
    {
        var numbering = new Numbering();
        foreach (var part in parts)
        {
            switch (part)
            {
                case PlanHeadingPart heading:
                    var classes = string.Join(" ", new[] { numbering.Continues(heading) ? ".continuous" : null, heading.RunIn ? ".runin" : null }.OfType<string>());
                    // A title the source ran into its words without 。 (（一）加强组织领导国家……) cannot be told from them:
                    // the heading is the number alone, run in with the paragraph, as the source prints it.
                    text.Append(Line(new string('#', Math.Min(heading.Level, 5) + 1) + " ", facts.Render(heading.Title)))
                        .Append(heading.RunIn && heading.Title.Length > 0 ? "。" : "")
                        .Append(classes.Length > 0 ? $" {{{classes}}}" : "").Append("\n\n");
                    break;
                case PlanTextPart paragraph:
                    text.Append(Line("", facts.Render(paragraph.Text))).Append("\n\n");
                    break;
                case PlanLeftoverPart leftover:
                    text.Append("{{!-- 原方案中这段文字没有写明分工，未作为任务导入：").Append(FactReferences.InComment(leftover.Text)).Append(" --}}\n\n");
                    break;
            }
        }
    }

    /// <summary>
    /// Words that begin with a heading number of their own (a source's doubled （一）（一）) would read to the template
    /// check as a typed number (DG3005); an empty comment in front keeps them the source's words, printed as written.
    /// </summary>
    private static string Line(string mark, string words) =>
        TemplateLinter.TypesHeadingNumber(mark + words) ? mark + "{{!-- 原文如此 --}}" + words : mark + words;

    /// <summary>True when the source numbers this level on across its parents (项目 1–38 over five 类别) instead of from 1.</summary>
    private static bool ContinuesAcrossParents(IEnumerable<PlanPart> parts, int level)
    {
        var numbering = new Numbering();
        var any = false;
        foreach (var heading in parts.OfType<PlanHeadingPart>())
            any |= numbering.Continues(heading) && heading.Level == level;
        return any;
    }

    /// <summary>Follows the source's heading numbers, to tell a number that goes on from the last of its level after a new parent.</summary>
    private sealed class Numbering
    {
        private readonly int[] _last = new int[7];
        private readonly bool[] _newParent = new bool[7];

        public bool Continues(PlanHeadingPart heading)
        {
            var level = Math.Clamp(heading.Level, 1, 6);
            var continues = _newParent[level] && heading.Number > 1 && heading.Number == _last[level] + 1;
            _last[level] = heading.Number;
            _newParent[level] = false;
            for (var deeper = level + 1; deeper < _newParent.Length; deeper++)
                _newParent[deeper] = true;
            return continues;
        }
    }
}
