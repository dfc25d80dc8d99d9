using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;

namespace DocGen.Docx;

/// <summary>
/// The 版记 (7.4): a table anchored to the bottom of the last page's type area; thick lines first and last,
/// thin lines between; 抄送 with a hanging indent; the last item is “印发机关 ⏎ 印发日期” on one line,
/// the office 1 character from the left and the date 1 character from the right.
/// LibreOffice (before 7.6) floats a positioned table only if it is narrower than the type area or placed relative
/// to the page, so the table is placed horizontally against the page at the left margin; it also needs a paragraph
/// of its own section to anchor to, or it floats onto the previous (landscape) page.
/// </summary>
internal static class ColophonRenderer
{
    public static void Write(DocxRenderer renderer, IReadOnlyList<ParagraphBlock> paragraphs)
    {
        if (paragraphs.Count == 0)
            return;
        var width = renderer.State.TextWidth;
        var ownPage = renderer.State.Body.Last is Paragraph { ParagraphProperties.SectionProperties: not null };
        if (renderer.State.Body.Last is not Paragraph { ParagraphProperties.SectionProperties: null })
            renderer.AddParagraph(StyleIds.Body);
        var table = new Table(new TableProperties(
            new TablePositionProperties
            {
                VerticalAnchor = VerticalAnchorValues.Margin,
                HorizontalAnchor = HorizontalAnchorValues.Page,
                TablePositionY = 0,
                TablePositionYAlignment = VerticalAlignmentValues.Bottom,
                TablePositionX = GbT9704.MarginLeft,
            },
            new TableWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = GbT9704.ColophonThickLine, Color = "000000" },
                new BottomBorder { Val = BorderValues.Single, Size = GbT9704.ColophonThickLine, Color = "000000" },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = GbT9704.ColophonThinLine, Color = "000000" }),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(
                new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 0, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 0, Type = TableWidthValues.Dxa })),
            new TableGrid(new GridColumn { Width = Twips(width) }));

        foreach (var item in paragraphs.Take(paragraphs.Count - 1))
        {
            // 7.4.2: 抄送 indented 1 character each side; wrapped lines align after “抄送：”.
            var paragraph = Paragraph(new Indentation { Left = Twips(4 * GbT9704.SiHaoCell), Hanging = Twips(3 * GbT9704.SiHaoCell), Right = Twips(GbT9704.SiHaoCell) });
            paragraph.Append(renderer.Runs(item.Inline));
            table.Append(Row(width, paragraph));
        }
        table.Append(Row(width, PrintLine(renderer, paragraphs[^1], width)));
        renderer.State.Body.Add(table);
        // A document does not end on a table (Word repairs such a file).
        renderer.AddParagraph(StyleIds.Body);
        // 7.5: printed double-sided, the 版记 closes the document on the back of a sheet, an even page. When it has a
        // page of its own (after a landscape attachment) its section starts on the next even page, the renderer
        // inserting a blank page when the previous section ends on an even one. DocGen cannot count pages itself.
        if (ownPage)
            renderer.EndSection(SectionBuilder.Colophon());
    }

    private static Paragraph PrintLine(DocxRenderer renderer, ParagraphBlock block, int width)
    {
        // 7.4.3: office left-indented 1 character, date right-indented 1 character, on one line.
        var paragraph = new Paragraph(new ParagraphProperties(
            new ParagraphStyleId { Val = StyleIds.Colophon },
            new Tabs(new TabStop { Val = TabStopValues.Right, Position = width - GbT9704.SiHaoCell }),
            new Indentation { Left = Twips(GbT9704.SiHaoCell), Right = Twips(GbT9704.SiHaoCell), FirstLine = "0" }));
        // The first line break of either kind parts the office from the date; a later one joins.
        var parted = false;
        foreach (var piece in renderer.Inlines.Pieces(block.Inline, softBreaks: true))
        {
            if (piece is not null)
                paragraph.Append(TextRuns.Plain(piece));
            else if (!parted)
                paragraph.Append(new Run(new TabChar()));
            parted |= piece is null;
        }
        return paragraph;
    }

    private static Paragraph Paragraph(Indentation indentation) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.Colophon }, indentation));

    private static TableRow Row(int width, Paragraph paragraph) => new(
        new TableRowProperties(new CantSplit()),
        new TableCell(new TableCellProperties(new TableCellWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa }), paragraph));

    private static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);
}
