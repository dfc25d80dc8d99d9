using Markdig;
using Markdig.Extensions.Tables;

namespace DocGen.Markdown;

/// <summary>
/// The rows of a long pipe table after its first chunk, left as text and parsed a chunk at a time, each chunk under a
/// copy of the table's header and delimiter lines: a 10,000-row table never exists whole as a Markdig tree.
/// </summary>
internal sealed class TableRest
{
    private readonly string _markdown;
    private readonly string _header;
    private readonly IReadOnlyList<(int Start, int Length, int FirstLine, int Rows)> _chunks;
    private readonly MarkdownPipeline _pipeline;

    internal TableRest(string markdown, string header, IReadOnlyList<(int Start, int Length, int FirstLine, int Rows)> chunks, MarkdownPipeline pipeline)
    {
        (_markdown, _header, _chunks, _pipeline) = (markdown, header, chunks, pipeline);
    }

    /// <summary>The rows, chunk by chunk, each with the number to add to its line to get its line in the whole Markdown.</summary>
    public IEnumerable<(TableRow Row, int LineOffset)> Rows()
    {
        foreach (var (start, length, firstLine, count) in _chunks)
        {
            var document = Markdig.Markdown.Parse(string.Concat(_header, _markdown.AsSpan(start, length)), _pipeline);
            var rows = document is [Table table] ? table.OfType<TableRow>().Where(r => !r.IsHeader).ToList() : [];
            // The cut followed Markdig's own reading of the table; anything else would lose rows silently.
            if (rows.Count != count)
                throw new InvalidOperationException($"a chunk of {count} table rows from line {firstLine + 1} parsed as {rows.Count}");
            foreach (var row in rows)
                yield return (row, firstLine - 2);
        }
    }
}
