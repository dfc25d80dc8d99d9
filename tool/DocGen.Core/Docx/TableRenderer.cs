using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using MdTable = Markdig.Extensions.Tables.Table;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace DocGen.Docx;

/// <summary>
/// A pipe table as a fixed-width table across the type area (§8.3 [practice]): header row repeated on every page,
/// rows never split across pages, columns aligned as the template's <c>:---:</c> says.
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
        var widths = ColumnWidths.Compute(texts, columns, renderer.State.TextWidth);

        var table = new Table(
            new TableProperties(
                new TableStyle { Val = "GwTableGrid" },
                new TableWidth { Width = widths.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableJustification { Val = TableRowAlignmentValues.Center },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "04A0", FirstRow = true, NoVerticalBand = true }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));

        foreach (var row in rows)
            table.Append(Row(renderer, source, row, widths));
        renderer.State.Body.Add(table);
    }

    private static TableRow Row(DocxRenderer renderer, MdTable source, Markdig.Extensions.Tables.TableRow row, int[] widths)
    {
        var properties = new TableRowProperties(new CantSplit());
        if (row.IsHeader)
            properties.Append(new TableHeader());
        var result = new TableRow(properties);
        var cells = row.OfType<Markdig.Extensions.Tables.TableCell>().ToList();
        for (var c = 0; c < widths.Length; c++)
        {
            var cell = new TableCell(new TableCellProperties(
                new TableCellWidth { Width = widths[c].ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }));
            var paragraph = new Paragraph(new ParagraphProperties(
                new ParagraphStyleId { Val = row.IsHeader ? StyleIds.TableHeader : StyleIds.TableText },
                new Justification { Val = row.IsHeader ? JustificationValues.Center : Align(source, c) }));
            if (c < cells.Count)
                foreach (var block in cells[c].OfType<ParagraphBlock>())
                    paragraph.Append(renderer.Runs(block.Inline));
            cell.Append(paragraph);
            result.Append(cell);
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
}
