using DocGen.Diagnostics;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocGen.Import;

/// <summary>
/// Walks a Word body in reading order. Paragraphs are numbered as a reader counts them, cells' paragraphs included,
/// so a message's “第 N 段” can be found by counting; tables nested in a cell are read as their own tables after it.
/// </summary>
internal sealed class DocxBlockWalker(string displayPath)
{
    private readonly List<SourceBlock> _blocks = [];
    private int _paragraphs;
    private int _tables;

    public IReadOnlyList<SourceBlock> Blocks => _blocks;

    public void Walk(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph paragraph:
                    var number = ++_paragraphs;
                    var text = DocxText.Of(paragraph).Trim();
                    if (text.Length > 0)
                        _blocks.Add(new SourceParagraph(text, new SourceLocation(displayPath, number, 1)));
                    break;
                case Table table:
                    ReadTable(table);
                    break;
                case SdtBlock or SdtContentBlock or CustomXmlBlock:
                    // Content controls and custom XML wrap ordinary paragraphs; their content is the document's.
                    Walk(child);
                    break;
            }
        }
    }

    private void ReadTable(Table table)
    {
        var index = ++_tables;
        var start = new SourceLocation(displayPath, _paragraphs + 1, 1);
        var rows = new List<IReadOnlyList<SourceCell>>();
        var nested = new List<Table>();
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = new List<SourceCell>();
            var column = 1;
            foreach (var cell in row.Elements<TableCell>())
            {
                var first = _paragraphs + 1;
                var texts = new List<string>();
                foreach (var element in cell.ChildElements)
                {
                    if (element is Paragraph p)
                    {
                        _paragraphs++;
                        texts.Add(DocxText.Of(p).Trim());
                    }
                    else if (element is Table inner)
                        nested.Add(inner);
                }
                var span = cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
                var merge = cell.TableCellProperties?.VerticalMerge;
                // w:vMerge without a value, or with val="continue", joins the cell above (ECMA-376 17.4.85).
                var continues = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                var text = string.Join("\n", texts.Where(t => t.Length > 0));
                cells.Add(new SourceCell(text, new SourceLocation(displayPath, first, 1), index, rows.Count + 1, column, Math.Max(span, 1), continues));
                column += Math.Max(span, 1);
            }
            rows.Add(cells);
        }
        _blocks.Add(new SourceTable(rows, start));
        foreach (var inner in nested)
            ReadTable(inner);
    }
}
