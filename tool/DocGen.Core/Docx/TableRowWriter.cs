using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableCell = Markdig.Extensions.Tables.TableCell;
using MdTableRow = Markdig.Extensions.Tables.TableRow;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace DocGen.Docx;

/// <summary>
/// Writes a table's rows straight to the part. The row, cell and paragraph properties repeat from row to row, so each
/// distinct one is serialised once per table and written again as text; only the cells' text is new per row.
/// Rows never split across pages; the header row repeats on every page; continued merged cells carry no text.
/// <paramref name="columns"/> are the source columns written, in order, <paramref name="widths"/> their widths: a
/// group column is printed in group rows instead (<see cref="WriteGroupRow"/>).
/// </summary>
internal sealed class TableRowWriter(MdTable source, int[] widths, IReadOnlyList<int> columns)
{
    private static readonly XmlTag RowTag = XmlTag.Of(new TableRow());
    private static readonly XmlTag CellTag = XmlTag.Of(new TableCell());
    private static readonly XmlTag ParagraphTag = XmlTag.Of(new Paragraph());

    private readonly string _bodyRow = XmlFragment.Of(new TableRowProperties(new CantSplit()));
    private readonly string _headerRow = XmlFragment.Of(new TableRowProperties(new CantSplit(), new TableHeader()));
    private readonly string?[,] _cellProperties = new string?[widths.Length, 3];
    private readonly string?[] _bodyParagraphs = new string?[widths.Length];
    private readonly string _headerParagraph = XmlFragment.Of(new ParagraphProperties(
        new ParagraphStyleId { Val = StyleIds.TableHeader }, new Justification { Val = JustificationValues.Center }));
    private readonly string _groupParagraph = XmlFragment.Of(new ParagraphProperties(
        new ParagraphStyleId { Val = StyleIds.TableHeader }, new Justification { Val = JustificationValues.Left }));
    private string? _groupCell;

    public void WriteRow(XmlWriter xml, DocxRenderer renderer, MdTableRow row, TableMerges merges, int index)
    {
        RowTag.WriteStart(xml);
        xml.WriteRaw(row.IsHeader ? _headerRow : _bodyRow);
        for (var k = 0; k < columns.Count; k++)
        {
            var c = columns[k];
            var cell = c < row.Count ? (MdTableCell)row[c] : null;
            var merge = c < merges.Width ? merges[index, c] : MergeState.None;
            WriteCell(xml, renderer, row.IsHeader, cell, merge, merges.Columns.Contains(c), k);
        }
        xml.WriteEndElement();
    }

    /// <summary>
    /// A row across the whole table naming the group the rows below belong to (<c>一、基础工作</c>); a header row, so
    /// it repeats under the column headings on every page its group's table continues on.
    /// </summary>
    public void WriteGroupRow(XmlWriter xml, string text)
    {
        RowTag.WriteStart(xml);
        xml.WriteRaw(_headerRow);
        CellTag.WriteStart(xml);
        xml.WriteRaw(_groupCell ??= XmlFragment.Of(new TableCellProperties(
            new TableCellWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new GridSpan { Val = widths.Length },
            new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center })));
        ParagraphTag.WriteStart(xml);
        xml.WriteRaw(_groupParagraph);
        TextRuns.Write(xml, text);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private void WriteCell(XmlWriter xml, DocxRenderer renderer, bool header, MdTableCell? cell, MergeState merge, bool mergedColumn, int column)
    {
        CellTag.WriteStart(xml);
        xml.WriteRaw(_cellProperties[column, (int)merge] ??= XmlFragment.Of(CellProperties(column, merge)));
        ParagraphTag.WriteStart(xml);
        xml.WriteRaw(header ? _headerParagraph : _bodyParagraphs[column] ??= XmlFragment.Of(BodyParagraph(column)));
        // A continued cell is covered by the one above; its own text would be hidden, so it carries none.
        if (cell is not null && merge != MergeState.Continue)
        {
            var pieces = cell.OfType<ParagraphBlock>().SelectMany(p => renderer.Inlines.Pieces(p.Inline)).ToList();
            foreach (var piece in header ? pieces : mergedColumn ? Balanced(pieces, column) : BrokenAtPhrases(pieces, column))
                TextRuns.Write(xml, piece);
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>
    /// A short field that would wrap, broken by DocGen at its phrase boundaries (null pieces are line breaks), so the
    /// renderer never breaks it inside a date or a name; anything else as it is.
    /// </summary>
    private IEnumerable<string?> BrokenAtPhrases(List<string?> pieces, int column)
    {
        if (pieces.Contains(null) || PhraseLines.Of(string.Concat(pieces)) is not { } field)
            return pieces;
        var lines = field.Lines(ColumnWidths.TextChars(widths[column]) + 0.001);
        return lines.Count == 1 ? pieces : lines.SelectMany((line, i) => i == 0 ? [line] : new string?[] { null, line });
    }

    /// <summary>A merged group's label in lines of even length (工作/机制), or as it is.</summary>
    private IEnumerable<string?> Balanced(List<string?> pieces, int column)
    {
        if (pieces.Contains(null) || BalancedLines.Of(string.Concat(pieces), ColumnWidths.TextChars(widths[column])) is not { } lines)
            return pieces;
        return lines.SelectMany((line, i) => i == 0 ? [line] : new string?[] { null, line });
    }

    private TableCellProperties CellProperties(int column, MergeState merge)
    {
        var properties = new TableCellProperties(new TableCellWidth
        {
            Width = widths[column].ToString(CultureInfo.InvariantCulture),
            Type = TableWidthUnitValues.Dxa,
        });
        if (merge != MergeState.None)
            properties.Append(new VerticalMerge { Val = merge == MergeState.Restart ? MergedCellValues.Restart : MergedCellValues.Continue });
        properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        return properties;
    }

    private ParagraphProperties BodyParagraph(int column) => new(
        new ParagraphStyleId { Val = StyleIds.TableText }, new Justification { Val = Align(column) });

    private JustificationValues Align(int position) =>
        columns[position] is var column && column < source.ColumnDefinitions.Count ? source.ColumnDefinitions[column].Alignment switch
        {
            TableColumnAlign.Center => JustificationValues.Center,
            TableColumnAlign.Right => JustificationValues.Right,
            _ => JustificationValues.Left,
        } : JustificationValues.Left;
}
