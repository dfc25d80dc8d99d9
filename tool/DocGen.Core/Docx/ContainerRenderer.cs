using DocGen.Diagnostics;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;

namespace DocGen.Docx;

/// <summary>
/// <c>::: role</c> blocks name the parts of GB/T 9704 that are more than paragraphs: <c>redhead</c> (7.2.4),
/// <c>docnumber</c> with the red line (7.2.5, 7.2.7), <c>recipient</c> (7.3.2), <c>attachments</c> (7.3.4),
/// <c>signature</c> (7.3.5), <c>attachment</c> pages (7.3.7, optionally <c>landscape</c>, §8.3, and
/// <c>merge=类别,项目</c> to merge a table's repeated group cells vertically) and <c>colophon</c> (7.4).
/// </summary>
internal static class ContainerRenderer
{
    public static readonly IReadOnlyList<string> Roles = ["redhead", "docnumber", "recipient", "attachments", "signature", "attachment", "colophon"];

    public static void Write(DocxRenderer renderer, CustomContainer container)
    {
        var paragraphs = container.OfType<ParagraphBlock>().ToList();
        // Only an attachment holds arbitrary content; the other roles are made of lines of text.
        if (container.Info != "attachment")
            foreach (var other in container.Where(b => b is not ParagraphBlock))
                renderer.Report(other, DiagnosticIds.MarkdownUnsupported,
                    $"“::: {container.Info}”中只能写文字段落，不能写表格、列表或标题（{other.GetType().Name}）。");
        switch (container.Info)
        {
            case "redhead" when renderer.State.OfficeHeader is not null:
                // The office's 版头 carries its own 标志; it is written whole where the 发文字号 goes.
                break;
            case "redhead":
                WriteMark(renderer, paragraphs, ContainerArguments.Parse(container.Arguments).List("suffix"));
                break;
            case "docnumber":
                WriteDocumentNumber(renderer, paragraphs);
                break;
            case "recipient":
                paragraphs.ForEach(p => ParagraphRenderer.Write(renderer, p, StyleIds.Recipient));
                break;
            case "attachments":
                // 7.3.4: one blank line below the body, hanging so a wrapped name aligns with the name above.
                renderer.BlankLines(1);
                paragraphs.ForEach(p => ParagraphRenderer.Write(renderer, p, StyleIds.AttachmentList));
                break;
            case "signature":
                SignatureRenderer.Write(renderer, paragraphs);
                break;
            case "attachment":
                AttachmentRenderer.Write(renderer, container, ContainerArguments.Parse(container.Arguments));
                break;
            case "colophon":
                ColophonRenderer.Write(renderer, paragraphs);
                break;
            default:
                renderer.Report(container, DiagnosticIds.MarkdownUnknownBlock,
                    $"未知的容器“::: {container.Info}”，可用的有：{string.Join("、", Roles)}。");
                break;
        }
    }

    /// <summary>One line as written; a joint issue's stacked names (<c>::: redhead suffix=文件</c>) as a table.</summary>
    private static void WriteMark(DocxRenderer renderer, List<ParagraphBlock> names, IReadOnlyList<string> suffix)
    {
        if (names.Count > 1 || (names.Count == 1 && suffix.Count > 0))
            JointMarkRenderer.Write(renderer, names, string.Concat(suffix));
        else
            names.ForEach(p => ParagraphRenderer.Write(renderer, p, StyleIds.RedHead));
    }

    private static void WriteDocumentNumber(DocxRenderer renderer, List<ParagraphBlock> paragraphs)
    {
        if (renderer.State.OfficeHeader is { } header)
        {
            // The office's 版头 down to its red line, DocGen's 发文字号 in place of its own; 7.3.1: title two lines below.
            foreach (var element in header.Elements(string.Concat(paragraphs.Select(p => renderer.Inlines.Line(p.Inline)))))
                renderer.State.Body.Add(element);
            renderer.BlankLines(2);
            return;
        }
        // 7.2.5: two blank lines below the 发文机关标志; 7.2.7: red line 4 mm below; 7.3.1: title two lines below it.
        renderer.BlankLines(2);
        paragraphs.ForEach(p => ParagraphRenderer.Write(renderer, p, StyleIds.DocumentNumber));
        renderer.AddParagraph(StyleIds.RedLine, new ParagraphBorders(new BottomBorder
        {
            Val = BorderValues.Single,
            Size = GbT9704.RedLineThickness,
            Space = 0,
            Color = GbT9704.Red,
        }));
        renderer.BlankLines(2);
    }
}
