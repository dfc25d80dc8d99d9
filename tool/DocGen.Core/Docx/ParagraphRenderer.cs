using Markdig.Syntax;

namespace DocGen.Docx;

/// <summary>A body paragraph (7.3.3: 仿宋 3号, 2 characters indented), or the text of a pending run-in heading.</summary>
internal static class ParagraphRenderer
{
    public static void Write(DocxRenderer renderer, ParagraphBlock block, string styleId = StyleIds.Body)
    {
        var target = renderer.State.RunIn ?? renderer.AddParagraph(styleId);
        renderer.State.RunIn = null;
        target.Append(renderer.Runs(block.Inline));
    }
}
