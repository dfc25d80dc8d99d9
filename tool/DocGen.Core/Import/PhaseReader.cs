using DocGen.Diagnostics;

namespace DocGen.Import;

/// <summary>
/// A phase heading under 工作步骤 (<c>（一）动员部署阶段（2023年1月底前）组织……</c>): the name before the bracket,
/// the span inside it, and the words after it as the phase's content.
/// </summary>
internal sealed class PhaseReader(DiagnosticBag diagnostics)
{
    /// <summary>The titles of the sections that hold the phases.</summary>
    public static readonly string[] SectionTitles = ["工作步骤", "实施步骤", "时间安排", "进度安排", "方法步骤", "步骤安排", "工作安排"];

    public ImportedPhase? Read(Heading heading, SourceLocation at)
    {
        var text = heading.Remainder;
        var open = text.IndexOfAny(['（', '(']);
        var close = open < 0 ? -1 : text.IndexOfAny(['）', ')'], open);
        var span = close < 0 ? null : PhaseSpanParser.Parse(text[(open + 1)..close]);
        if (span is null)
        {
            diagnostics.Warning(DiagnosticIds.ImportPhaseSpanUnreadable, at,
                $"工作步骤“{Shorten(text)}”没有可识别的起止时间（应写在名称后的括号里，如“（2023年2月—12月）”），未写入 phases.csv。");
            return null;
        }
        var name = text[..open].Trim();
        if (span.OpenStart || span.OpenEnd)
            diagnostics.Warning(DiagnosticIds.ImportPhaseBoundOpen, at,
                $"阶段“{name}”只写了{(span.OpenStart ? "结束" : "开始")}时间“{text[(open + 1)..close]}”，phases.csv 中{(span.OpenStart ? "开始" : "结束")}一格留空；知道时请补上。");
        var content = text[(close + 1)..].TrimStart('。', '.', ' ', '：', ':');
        return new ImportedPhase(name, span.Start, span.End, content, at);
    }

    private static string Shorten(string text) => text.Length <= 20 ? text : text[..20] + "……";
}
