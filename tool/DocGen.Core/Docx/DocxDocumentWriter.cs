using DocGen.Diagnostics;
using DocGen.Domain;
using DocGen.Markdown;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;

namespace DocGen.Docx;

/// <summary>The DOCX stage's entry point: a Markdown tree in, the bytes of a GB/T 9704 document out.</summary>
/// <param name="date">The date the document properties carry (the set's 成文日期); the clock is never read.</param>
internal sealed class DocxDocumentWriter(FontMap fonts, DateOnly date = default)
{
    // Made once per writer: a build uses one writer per set for all of the set's documents.
    private readonly PackageSkeleton _skeleton = PackageSkeleton.Build(fonts);
    private PackageSkeleton? _headerSkeleton;

    /// <summary>The office's own 版头 (manifest <c>版头</c>), for the documents whose first piece has a 发文字号.</summary>
    internal OfficeHeader? Header { get; init; }

    /// <param name="sourcePath">The rendered Markdown's name, for diagnostics.</param>
    /// <returns>The package, or null when the tree holds syntax a document cannot carry.</returns>
    public byte[]? Write(MarkdownDocument markdown, string sourcePath, DiagnosticBag diagnostics) =>
        Write([MarkdownSegment.Whole(markdown)], sourcePath, diagnostics);

    /// <summary>Writes a document that comes a piece at a time (<see cref="MarkdownParser.ParseInSegments"/>).</summary>
    internal byte[]? Write(IEnumerable<MarkdownSegment> segments, string sourcePath, DiagnosticBag diagnostics)
    {
        var errorsBefore = diagnostics.ErrorCount;
        using var pieces = segments.GetEnumerator();
        var first = pieces.MoveNext() ? pieces.Current : null;
        // The package's parts are written before the body: whether it carries the 版头's images is decided up front.
        var header = Header is not null && first is not null && first.Document.Descendants<CustomContainer>().Any(c => c.Info == "docnumber") ? Header : null;
        var skeleton = header is null ? _skeleton : _headerSkeleton ??= PackageSkeleton.Build(fonts, header.Images);
        var package = DocxPackageWriter.Write(skeleton, xml =>
        {
            var body = new BodyWriter(xml);
            var renderer = new DocxRenderer(new DocxWriterState(body) { OfficeHeader = header }, diagnostics, sourcePath);
            for (var segment = first; segment is not null; segment = pieces.MoveNext() ? pieces.Current : null)
                renderer.WriteSegment(segment);
            body.Finish();
            return new DocumentInfo(body.Title ?? "", date);
        });
        return diagnostics.ErrorCount > errorsBefore ? null : package;
    }
}
