using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace DocGen.Docx;

/// <summary>
/// <c>#</c> is a document title (2号小标宋, broken into a trapezoid, numbering restarts); <c>##</c>–<c>#####</c> are the
/// four ordinal levels of 7.3.3, numbered here. Classes: <c>{.continuous}</c> keeps counting across parents,
/// <c>{.runin}</c> lets the next paragraph continue on the heading's line.
/// </summary>
internal static class HeadingRenderer
{
    public static void Write(DocxRenderer renderer, HeadingBlock heading)
    {
        if (heading.Level == 1)
        {
            WriteTitle(renderer, heading);
            return;
        }

        var classes = heading.TryGetAttributes()?.Classes ?? [];
        var level = Math.Min(heading.Level - 1, HeadingNumberer.Levels);
        var number = renderer.State.Numbering.Next(level, classes.Contains("continuous"));
        var runIn = classes.Contains("runin");
        var paragraph = renderer.AddParagraph(runIn ? StyleIds.Body : StyleIds.Heading(level));
        // A run-in heading's phrase keeps its level's typeface; the rest of the paragraph is 仿宋 (gbt9704.md §3.2 notes).
        var phraseStyle = runIn ? level switch { 1 => StyleIds.Heading1Char, 2 => StyleIds.Heading2Char, _ => null } : null;
        paragraph.Append(TextRuns.Plain(number, phraseStyle));
        paragraph.Append(renderer.Runs(heading.Inline, phraseStyle));
        renderer.State.RunIn = runIn ? paragraph : null;
    }

    private static void WriteTitle(DocxRenderer renderer, HeadingBlock heading)
    {
        renderer.State.Numbering.Restart();
        TitleRenderer.Write(renderer, renderer.Inlines.Line(heading.Inline));
    }
}
