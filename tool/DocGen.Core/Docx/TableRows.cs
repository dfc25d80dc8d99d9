using DocGen.Markdown;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableRow = Markdig.Extensions.Tables.TableRow;

namespace DocGen.Docx;

/// <summary>
/// A table's rows as the renderer walks them: those in the tree, then those cut from a long table, parsed a chunk at
/// a time (<see cref="TableRest"/>) with the renderer's line offset set to the chunk's while each row is used.
/// Walking twice parses the cut rows twice: once for widths and merges, once to write them.
/// </summary>
internal sealed class TableRows(DocxRenderer renderer, MdTable source)
{
    private readonly TableRest? _rest = renderer.RestOf(source);

    public IEnumerable<MdTableRow> All()
    {
        foreach (var row in source.OfType<MdTableRow>())
            yield return row;
        if (_rest is null)
            yield break;
        var offset = renderer.LineOffset;
        try
        {
            foreach (var (row, chunkOffset) in _rest.Rows())
            {
                renderer.LineOffset = chunkOffset;
                yield return row;
            }
        }
        finally
        {
            renderer.LineOffset = offset;
        }
    }
}
