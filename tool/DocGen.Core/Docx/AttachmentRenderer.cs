using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;

namespace DocGen.Docx;

/// <summary>
/// An attachment (7.3.7): on a new page the label (附件, 黑体) on line 1, the title (2号小标宋) on line 3, then its
/// content. <c>landscape</c> puts the whole attachment in a rotated section (§8.3) for wide tables;
/// <c>merge=项目</c> names the table columns whose repeated values share one vertically merged cell, <c>group=类别</c>
/// the column whose values head groups of rows (<see cref="TableRenderer"/>).
/// </summary>
internal static class AttachmentRenderer
{
    public static void Write(DocxRenderer renderer, CustomContainer container, ContainerArguments arguments)
    {
        var landscape = arguments.Has("landscape");
        var blocks = container.ToList();
        var label = blocks.OfType<ParagraphBlock>().FirstOrDefault();
        if (label is null)
            return;
        var title = blocks.Skip(blocks.IndexOf(label) + 1).FirstOrDefault() as ParagraphBlock;

        // An attachment starts a new page, unless it is the whole document.
        var first = renderer.State.Body.IsEmpty;
        if (landscape && !first)
            renderer.EndSection(SectionBuilder.Portrait());
        else if (!first)
            renderer.State.PageBreakPending = true;
        if (landscape)
            renderer.State.TextWidth = GbT9704.LandscapeTypeAreaWidth;

        ParagraphRenderer.Write(renderer, label, StyleIds.AttachmentLabel);
        renderer.BlankLines(1);
        var rest = blocks.Skip(blocks.IndexOf(label) + 1);
        if (title is not null)
        {
            TitleRenderer.Write(renderer, renderer.Inlines.Line(title.Inline));
            rest = rest.Skip(1);
        }
        renderer.State.MergeColumns = arguments.List("merge");
        renderer.State.GroupColumn = arguments.List("group").FirstOrDefault();
        foreach (var block in rest)
            renderer.Write(block);
        renderer.State.MergeColumns = [];
        renderer.State.GroupColumn = null;

        if (landscape)
        {
            renderer.EndSection(SectionBuilder.Landscape());
            renderer.State.TextWidth = GbT9704.TypeAreaWidth;
        }
    }
}
