using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;

namespace DocGen.Docx;

/// <summary>
/// The 发文机关标志 of a joint issue (联合行文, GB/T 9704 7.2.4, gbt9704.md §3.1): the offices' names stacked, the
/// host first, each spread to the width of the longest (分散对齐), and 文件 to their right, centred on them. A
/// borderless two-cell table, which Word and LibreOffice lay out alike; names too long for the type area beside
/// 文件 are condensed (<c>w:w</c>), as offices condense a long 标志, never shrunk to another size.
/// </summary>
internal static class JointMarkRenderer
{
    // 小初 is 36 pt: one character 720 twips wide.
    private const int Character = GbT9704.SizeXiaoChu * 10;
    private const int Gap = Character / 2;

    public static void Write(DocxRenderer renderer, IReadOnlyList<ParagraphBlock> names, string suffix)
    {
        // 7.2.4: the top of the 标志 35 mm below the type-area top, as the single-line 标志's space before gives it.
        renderer.AddParagraph(StyleIds.Body, Spacing(GbT9704.RedHeadOffset));
        var suffixWidth = (int)Math.Ceiling(TextWidth.Cells(suffix) * Character);
        var room = GbT9704.TypeAreaWidth - (suffix.Length > 0 ? suffixWidth + Gap : 0);
        var natural = (int)Math.Ceiling(names.Max(n => TextWidth.Cells(InlineFlattener.Text(n.Inline))) * Character);
        var namesWidth = Math.Min(natural, room);
        var scale = natural > room ? 100 * room / natural : 100;

        var namesCell = Cell(namesWidth, names.Select(n => Line(renderer.Inlines.Line(n.Inline), JustificationValues.Distribute, scale)));
        var row = new TableRow(namesCell);
        var grid = new TableGrid(new GridColumn { Width = Twips(namesWidth) });
        var width = namesWidth;
        if (suffix.Length > 0)
        {
            row.Append(Cell(suffixWidth + Gap, [Line(suffix, JustificationValues.Right, 100)]));
            grid.Append(new GridColumn { Width = Twips(suffixWidth + Gap) });
            width += suffixWidth + Gap;
        }
        renderer.State.Body.Add(new Table(Properties(width), grid, row));
    }

    private static TableProperties Properties(int width) => new(
        new TableWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa },
        new TableJustification { Val = TableRowAlignmentValues.Center },
        new TableBorders(
            new TopBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None },
            new BottomBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None },
            new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None }),
        new TableLayout { Type = TableLayoutValues.Fixed },
        new TableCellMarginDefault(
            new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
            new TableCellLeftMargin { Width = 0, Type = TableWidthValues.Dxa },
            new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
            new TableCellRightMargin { Width = 0, Type = TableWidthValues.Dxa }));

    private static TableCell Cell(int width, IEnumerable<Paragraph> paragraphs)
    {
        var cell = new TableCell(new TableCellProperties(
            new TableCellWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa },
            new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }));
        cell.Append(paragraphs);
        return cell;
    }

    /// <summary>A line of the 标志 in its style, without the style's space before (the spacer above stands for it).</summary>
    private static Paragraph Line(string text, JustificationValues align, int scale)
    {
        var run = new Run();
        if (scale < 100)
            run.Append(new RunProperties(new CharacterScale { Val = scale }));
        run.Append(new Text(TextRuns.Clean(text)) { Space = SpaceProcessingModeValues.Preserve });
        return new Paragraph(new ParagraphProperties(
            new ParagraphStyleId { Val = StyleIds.RedHead },
            new SpacingBetweenLines { Before = "0" },
            new Justification { Val = align }), run);
    }

    private static OpenXmlElement Spacing(int line) =>
        new SpacingBetweenLines { Line = Twips(line), LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" };

    private static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);
}
