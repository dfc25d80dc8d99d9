using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;
using MdTable = Markdig.Extensions.Tables.Table;

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
        var rows = new TableRows(renderer, source);
        // Markdig adds an empty column definition after a trailing pipe; the cells say how many columns there are.
        var texts = new List<IReadOnlyList<string>>();
        var header = new List<bool>();
        var columns = 0;
        foreach (var row in rows.All())
        {
            texts.Add(row.OfType<Markdig.Extensions.Tables.TableCell>().Select(CellText).ToList());
            header.Add(row.IsHeader);
            columns = Math.Max(columns, row.Count);
        }
        if (columns == 0)
            return;
        var merges = TableMerges.Compute(texts, header, renderer.State.MergeColumns);
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
        var cells = new TableRowWriter(source, widths);
        // Rows are written as they are walked: a 10,000-row table never exists whole.
        renderer.State.Body.AddTable(properties, grid, xml =>
        {
            var r = 0;
            foreach (var row in rows.All())
                cells.WriteRow(xml, renderer, row, merges, r++);
        });
    }

    private static string CellText(Markdig.Extensions.Tables.TableCell cell) => cell is [ParagraphBlock only]
        ? DocxRenderer.PlainText(only.Inline)
        : string.Concat(cell.Descendants<ParagraphBlock>().Select(p => DocxRenderer.PlainText(p.Inline)));

    private static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);
}
