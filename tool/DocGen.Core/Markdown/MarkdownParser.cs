using Markdig;
using Markdig.Syntax;

namespace DocGen.Markdown;

/// <summary>
/// The one Markdig pipeline of a build: pipe tables, <c>::: role</c> containers and <c>{.class}</c> attributes;
/// raw HTML off, so <c>&lt;w:p&gt;</c> in a document stays text.
/// </summary>
/// <param name="segmentChars">How long a piece of a long document grows before <see cref="ParseInSegments"/> starts the next.</param>
/// <param name="tableChunkRows">How many rows of a long table are parsed at a time.</param>
public sealed class MarkdownParser(int segmentChars = 64 * 1024, int tableChunkRows = 500)
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseCustomContainers()
        .UseGenericAttributes()
        .DisableHtml()
        .Build();

    public MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, _pipeline);

    /// <summary>
    /// The document as pieces parsed one at a time, together the same blocks as <see cref="Parse"/> gives, so only
    /// one piece's tree is alive while the caller walks it (see <see cref="MarkdownSegmenter"/>).
    /// </summary>
    internal IEnumerable<MarkdownSegment> ParseInSegments(string markdown) =>
        new MarkdownSegmenter(_pipeline, segmentChars, tableChunkRows).Split(markdown)
            .Select(piece => new MarkdownSegment(Parse(piece.Text), piece.FirstLine, piece.Rests));
}
