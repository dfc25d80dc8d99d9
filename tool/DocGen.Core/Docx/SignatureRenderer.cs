using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;

namespace DocGen.Docx;

/// <summary>
/// 署名 and 成文日期 of a sealed document (7.3.5.1, gbt9704.md §3.2.1): the date 4 characters from the right,
/// the 署名 centred over it, two blank lines above for the seal.
/// </summary>
internal static class SignatureRenderer
{
    private const int DateIndentCells = 4;
    private const int BlankLinesForSeal = 2;

    public static void Write(DocxRenderer renderer, IReadOnlyList<ParagraphBlock> paragraphs)
    {
        if (paragraphs.Count == 0)
            return;
        // 7.3.5.5: the signature never stands alone on a page: it keeps the last body paragraph with it.
        if (renderer.State.Body.Last is Paragraph { ParagraphProperties: { } last } && last.SectionProperties is null)
            last.KeepNext ??= new KeepNext();
        for (var i = 0; i < BlankLinesForSeal; i++)
            renderer.AddParagraph(StyleIds.Body).ParagraphProperties!.KeepNext = new KeepNext();
        var date = paragraphs[^1];
        var dateWidth = TextWidth.Cells(InlineFlattener.Text(date.Inline));
        foreach (var signer in paragraphs.Take(paragraphs.Count - 1))
        {
            var signerWidth = TextWidth.Cells(InlineFlattener.Text(signer.Inline));
            var cells = Math.Max(0, DateIndentCells + (dateWidth - signerWidth) / 2);
            Line(renderer, signer, cells).ParagraphProperties!.KeepNext = new KeepNext();
        }
        Line(renderer, date, DateIndentCells);
    }

    private static Paragraph Line(DocxRenderer renderer, ParagraphBlock block, double rightCells)
    {
        var right = (int)Math.Round(rightCells * GbT9704.CharacterCell);
        var paragraph = renderer.AddParagraph(StyleIds.Signature,
            new Indentation { Right = right.ToString(CultureInfo.InvariantCulture), FirstLine = "0" });
        paragraph.Append(renderer.Runs(block.Inline));
        return paragraph;
    }
}
