using Markdig.Syntax;

namespace DocGen.Markdown;

/// <summary>
/// One piece of a document, parsed on its own: its blocks, the number of lines before it (so a block's
/// <c>Line</c> plus <see cref="LineOffset"/> is its line in the whole Markdown), and the rows cut out of
/// its long tables, keyed by the table's line in the whole Markdown.
/// </summary>
internal sealed record MarkdownSegment(MarkdownDocument Document, int LineOffset, IReadOnlyDictionary<int, TableRest> TableRests)
{
    public static MarkdownSegment Whole(MarkdownDocument document) => new(document, 0, new Dictionary<int, TableRest>());
}
