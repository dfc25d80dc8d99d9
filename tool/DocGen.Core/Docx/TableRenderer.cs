using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using MdTable = Markdig.Extensions.Tables.Table;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace DocGen.Docx;

/// <summary>
/// A pipe table as a fixed-width table across the type area (§8.3 [practice]): header row repeated on every page,
/// rows never split across pages, columns aligned as the template's <c>:---:</c> says, and the columns the
/// container names in <c>merge=</c> merged vertically where consecutive rows repeat their group (§13c).
/// </summary>
internal static class TableRenderer
{
    public static void Write(DocxRenderer renderer, MdTable source)
    {
        var rows = source.OfType<Markdig.Extensions.Tables.TableRow>().ToList();
        // Markdig adds an empty column definition after a trailing pipe; the cells say how many columns there are.
        var columns = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        if (columns == 0)
            return;
        var texts = rows.Select(r => (IReadOnlyList<string>)r.OfType<Markdig.Extensions.Tables.TableCell>()
            .Select(c => string.Concat(c.Descendants<ParagraphBlock>().Select(p => DocxRenderer.PlainText(p.Inline)))).ToList()).ToList();
        var merges = TableMerges.Compute(texts, rows.Select(r => r.IsHeader).ToList(), renderer.State.MergeColumns);
        var widths = ColumnWidths.Compute(texts, columns, renderer.State.TextWidth, merges.Columns);

        var properties = new TableProperties(
            new TableStyle { Val = "GwTableGrid" },
            new TableWidth { Width = Twips(widths.Sum()), Type = TableWidthUnitValues.Dxa },
            new TableJustification { Val = TableRowAlignmentValues.Center },
            new TableLayout { Type = TableLayoutValues.Fixed },
            // §8.3 [practice]: a little air above and below the text so rows do not look cramped.
            new TableCellMarginDefault(
                new TopMargin { Width = Twips(GbT9704.TableCellPaddingVertical), Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = GbT9704.TableCellPaddingHorizontal, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = Twips(GbT9704.TableCellPaddingVertical), Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = GbT9704.TableCellPaddingHorizontal, Type = TableWidthValues.Dxa }),
            new TableLook { Val = "04A0", FirstRow = true, NoVerticalBand = true });
        var grid = new TableGrid(widths.Select(w => new GridColumn { Width = Twips(w) }));
        // Rows are made as they are written: a 10,000-row table never exists whole.
        renderer.State.Body.AddTable(properties, grid, rows.Select((row, r) => Row(renderer, source, row, widths, merges, r)));
    }

    private static TableRow Row(DocxRenderer renderer, MdTable source, Markdig.Extensions.Tables.TableRow row, int[] widths, TableMerges merges, int index)
    {
        var properties = new TableRowProperties(new CantSplit());
        if (row.IsHeader)
            properties.Append(new TableHeader());
        var result = new TableRow(properties);
        var cells = row.OfType<Markdig.Extensions.Tables.TableCell>().ToList();
        for (var c = 0; c < widths.Length; c++)
        {
            var cellProperties = new TableCellProperties(new TableCellWidth { Width = Twips(widths[c]), Type = TableWidthUnitValues.Dxa });
            var merge = merges[index, c];
            if (merge != MergeState.None)
                cellProperties.Append(new VerticalMerge { Val = merge == MergeState.Restart ? MergedCellValues.Restart : MergedCellValues.Continue });
            cellProperties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
            var paragraph = new Paragraph(new ParagraphProperties(
                new ParagraphStyleId { Val = row.IsHeader ? StyleIds.TableHeader : StyleIds.TableText },
                new Justification { Val = row.IsHeader ? JustificationValues.Center : Align(source, c) }));
            // A continued cell is covered by the one above; its own text would be hidden, so it carries none.
            if (c < cells.Count && merge != MergeState.Continue)
                foreach (var block in cells[c].OfType<ParagraphBlock>())
                    paragraph.Append(renderer.Runs(block.Inline));
            result.Append(new TableCell(cellProperties, paragraph));
        }
        return result;
    }

    private static JustificationValues Align(MdTable table, int column) =>
        column < table.ColumnDefinitions.Count ? table.ColumnDefinitions[column].Alignment switch
        {
            TableColumnAlign.Center => JustificationValues.Center,
            TableColumnAlign.Right => JustificationValues.Right,
            _ => JustificationValues.Left,
        } : JustificationValues.Left;

    private static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);
}
