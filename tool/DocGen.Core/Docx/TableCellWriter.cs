using System.Globalization;
using DocumentFormat.OpenXml;
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
/// Writes a table's rows straight to the part: the row, cell and paragraph properties repeat from row to row, so
/// each distinct one is made once per table and written again, and only the cells' text is new per row. Rows never
/// split across pages; the header row repeats on every page; continued merged cells carry no text.
/// </summary>
internal sealed class TableCellWriter(MdTable source, int[] widths)
{
    // Empty elements used only for their tags.
    private readonly TableRow _row = new();
    private readonly TableCell _cell = new();
    private readonly Paragraph _paragraph = new();
    private readonly Run _run = new();
    private readonly Text _text = new();
    private readonly Break _break = new();
    private static readonly OpenXmlAttribute[] PreserveSpace = [new("xml:space", "http://www.w3.org/XML/1998/namespace", "preserve")];

    private readonly TableRowProperties _bodyRow = new(new CantSplit());
    private readonly TableRowProperties _headerRow = new(new CantSplit(), new TableHeader());
    private readonly TableCellProperties?[,] _cellProperties = new TableCellProperties?[widths.Length, 3];
    private readonly ParagraphProperties?[] _bodyParagraphs = new ParagraphProperties?[widths.Length];
    private readonly ParagraphProperties _headerParagraph = new(
        new ParagraphStyleId { Val = StyleIds.TableHeader }, new Justification { Val = JustificationValues.Center });

    public void WriteRow(OpenXmlWriter xml, DocxRenderer renderer, MdTableRow row, TableMerges merges, int index)
    {
        xml.WriteStartElement(_row);
        xml.WriteElement(row.IsHeader ? _headerRow : _bodyRow);
        var c = 0;
        foreach (var cell in row)
        {
            if (c == widths.Length)
                break;
            WriteCell(xml, renderer, row.IsHeader, (MdTableCell)cell, merges[index, c], c);
            c++;
        }
        for (; c < widths.Length; c++)
            WriteCell(xml, renderer, row.IsHeader, null, merges[index, c], c);
        xml.WriteEndElement();
    }

    private void WriteCell(OpenXmlWriter xml, DocxRenderer renderer, bool header, MdTableCell? cell, MergeState merge, int column)
    {
        xml.WriteStartElement(_cell);
        xml.WriteElement(_cellProperties[column, (int)merge] ??= CellProperties(column, merge));
        xml.WriteStartElement(_paragraph);
        xml.WriteElement(header ? _headerParagraph : _bodyParagraphs[column] ??= BodyParagraph(column));
        // A continued cell is covered by the one above; its own text would be hidden, so it carries none.
        if (cell is not null && merge != MergeState.Continue)
            foreach (var block in cell)
                if (block is ParagraphBlock paragraph)
                    foreach (var piece in renderer.Pieces(paragraph.Inline))
                        WriteRun(xml, piece);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>The run <see cref="TextRuns.Plain"/> makes, written without building it; null is a line break.</summary>
    private void WriteRun(OpenXmlWriter xml, string? text)
    {
        xml.WriteStartElement(_run);
        if (text is null)
            xml.WriteElement(_break);
        else
        {
            xml.WriteStartElement(_text, PreserveSpace);
            xml.WriteString(TextRuns.Clean(text));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
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

    private JustificationValues Align(int column) =>
        column < source.ColumnDefinitions.Count ? source.ColumnDefinitions[column].Alignment switch
        {
            TableColumnAlign.Center => JustificationValues.Center,
            TableColumnAlign.Right => JustificationValues.Right,
            _ => JustificationValues.Left,
        } : JustificationValues.Left;
}
