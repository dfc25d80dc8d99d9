using DocGen.Diagnostics;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;

namespace DocGen.Docx;

/// <summary>The DOCX stage's entry point: a Markdown tree in, the bytes of a GB/T 9704 document out.</summary>
/// <param name="date">The date the document properties carry (the set's 成文日期); the clock is never read.</param>
public sealed class DocxDocumentWriter(FontMap fonts, DateOnly date = default)
{
    /// <param name="sourcePath">The rendered Markdown's name, for diagnostics.</param>
    /// <returns>The package, or null when the tree holds syntax a document cannot carry.</returns>
    public byte[]? Write(MarkdownDocument markdown, string sourcePath, DiagnosticBag diagnostics)
    {
        var errorsBefore = diagnostics.Items.Count(d => d.Severity == Severity.Error);
        var state = new DocxWriterState();
        new DocxRenderer(state, diagnostics, sourcePath).WriteChildren(markdown);
        if (diagnostics.Items.Count(d => d.Severity == Severity.Error) > errorsBefore)
            return null;

        var body = new Body(state.Body);
        // The last section's properties belong to the body, not to its last paragraph.
        var lastSection = state.Body.LastOrDefault() is Paragraph { ParagraphProperties.SectionProperties: { } closing }
            ? (SectionProperties)closing.CloneNode(true)
            : SectionBuilder.Portrait();
        if (state.Body.LastOrDefault() is Paragraph last)
            last.ParagraphProperties?.SectionProperties?.Remove();
        body.Append(lastSection);
        var title = state.Body.OfType<Paragraph>().FirstOrDefault(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == StyleIds.Title);
        return DocxPackageWriter.Write(body, fonts, new DocumentInfo(title?.InnerText ?? "", date));
    }
}
