using DocumentFormat.OpenXml.Wordprocessing;

namespace DocGen.Docx;

/// <summary>A title (7.3.1) in one centred paragraph, its lines broken by <see cref="TitleLineBreaker"/>, one blank line below.</summary>
internal static class TitleRenderer
{
    public static void Write(DocxRenderer renderer, string title)
    {
        var paragraph = renderer.AddParagraph(StyleIds.Title);
        // 7.3.1 and §5: as many 二号 characters as the type area holds, 20 on a portrait page, 28 on a landscape one.
        var lines = TitleLineBreaker.Break(title, renderer.State.TextWidth / (GbT9704.SizeErHao * 10));
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
                paragraph.Append(new Run(new Break()));
            paragraph.Append(TextRuns.Plain(lines[i]));
        }
        renderer.BlankLines(1);
    }
}
