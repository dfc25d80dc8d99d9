using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;
using MdTable = Markdig.Extensions.Tables.Table;

namespace DocGen.Docx;

/// <summary>
/// A pipe table as a fixed-width table across the type area (§8.3 [practice]): header row repeated on every page,
/// rows never split across pages, columns aligned as the template's <c>:---:</c> says, the columns the container
/// names in <c>merge=</c> merged vertically where consecutive rows repeat their group (§13c), and the column it names
/// in <c>group=</c> printed as group rows that every page repeats (<see cref="WriteGroups"/>).
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
        var headerRow = header.IndexOf(true);
        var group = headerRow < 0 || renderer.State.GroupColumn is not { } name ? -1 : texts[headerRow].ToList().IndexOf(name);
        // The group column bounds the merges (a 项目 never spans two 类别) but is printed in group rows, not as a column.
        var merges = TableMerges.Compute(texts, header, group < 0 ? renderer.State.MergeColumns : [renderer.State.GroupColumn!, .. renderer.State.MergeColumns]);
        var kept = Enumerable.Range(0, columns).Where(c => c != group).ToList();
        var widths = ColumnWidths.Compute(texts.Select(r => (IReadOnlyList<string>)kept.Select(c => c < r.Count ? r[c] : "").ToList()).ToList(),
            kept.Count, renderer.State.TextWidth, merges.Columns.Where(c => c != group).Select(c => kept.IndexOf(c)).ToList());

        var properties = new TableProperties(
            new TableStyle { Val = "GwTableGrid" },
            new TableWidth { Width = Twips(widths.Sum()), Type = TableWidthUnitValues.Dxa },
            new TableJustification { Val = TableRowAlignmentValues.Center },
            new TableLayout { Type = TableLayoutValues.Fixed },
            // §8.3 [practice]: the exact 20 pt line leaves 4 pt above and below 小四 text; a cell margin on top of it
            // cost the sample 分工表 a page (16 pages instead of 17) for air the line already gives.
            new TableCellMarginDefault(
                new TopMargin { Width = Twips(GbT9704.TableCellPaddingVertical), Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = GbT9704.TableCellPaddingHorizontal, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = Twips(GbT9704.TableCellPaddingVertical), Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = GbT9704.TableCellPaddingHorizontal, Type = TableWidthValues.Dxa }),
            new TableLook { Val = "04A0", FirstRow = true, NoVerticalBand = true });
        var cells = new TableRowWriter(source, widths, kept);
        TableGrid Grid() => new(widths.Select(w => new GridColumn { Width = Twips(w) }));
        // Rows are written as they are walked: a 10,000-row table never exists whole.
        if (group < 0)
        {
            renderer.State.Body.AddTable(properties, Grid(), xml =>
            {
                var r = 0;
                foreach (var row in rows.All())
                    cells.WriteRow(xml, renderer, row, merges, r++);
            });
            return;
        }
        WriteGroups(renderer, rows, texts, group, cells, merges, () => (TableProperties)properties.CloneNode(true), Grid);
    }

    /// <summary>
    /// One table per group, all with the same columns, each headed by the column headings and a row naming its
    /// group (<c>一、基础工作</c>): both are header rows, so every page a group continues on names it again, in Word and
    /// LibreOffice alike, whatever the page breaks turn out to be. The groups are numbered from their order.
    /// </summary>
    private static void WriteGroups(DocxRenderer renderer, TableRows rows, List<IReadOnlyList<string>> texts, int group, TableRowWriter cells,
        TableMerges merges, Func<TableProperties> properties, Func<TableGrid> grid)
    {
        var headings = new List<(Markdig.Extensions.Tables.TableRow Row, int Index)>();
        var body = renderer.State.Body;
        System.Xml.XmlWriter? xml = null;
        string? current = null;
        var number = 0;
        var r = 0;
        foreach (var row in rows.All())
        {
            var index = r++;
            if (row.IsHeader)
            {
                headings.Add((row, index));
                continue;
            }
            var name = group < texts[index].Count ? texts[index][group] : "";
            if (xml is null || name != current)
            {
                if (xml is not null)
                {
                    body.EndTable();
                    body.Add(GroupGap());
                }
                xml = body.StartTable(properties(), grid());
                foreach (var (heading, headingIndex) in headings)
                    cells.WriteRow(xml, renderer, heading, merges, headingIndex);
                if (name.Length > 0)
                    cells.WriteGroupRow(xml, $"{ChineseNumerals.Format(++number)}、{name}");
                current = name;
            }
            cells.WriteRow(xml, renderer, row, merges, index);
        }
        if (xml is null)
        {
            // Headings only: the table still shows them.
            xml = body.StartTable(properties(), grid());
            foreach (var (heading, headingIndex) in headings)
                cells.WriteRow(xml, renderer, heading, merges, headingIndex);
        }
        body.EndTable();
    }

    /// <summary>What must stand between two tables so they stay two (one would swallow the other): a paragraph a point high, off the grid.</summary>
    private static Paragraph GroupGap() => new(new ParagraphProperties(
        new SnapToGrid { Val = false },
        new SpacingBetweenLines { Before = "0", After = "0", Line = "20", LineRule = LineSpacingRuleValues.Exact },
        new ParagraphMarkRunProperties(new FontSize { Val = "2" })));

    private static string CellText(Markdig.Extensions.Tables.TableCell cell) => cell is [ParagraphBlock only]
        ? InlineFlattener.Text(only.Inline)
        : string.Concat(cell.Descendants<ParagraphBlock>().Select(p => InlineFlattener.Text(p.Inline)));

    private static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);
}
