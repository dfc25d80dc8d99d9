namespace DocGen.Pipeline;

/// <summary>
/// A document whose template rendered without error, not yet to DOCX; <see cref="Input"/> hashes everything its bytes
/// depend on. <see cref="Markdown"/> is null when the build's Markdown budget was spent on earlier documents: a
/// 10,000-task set's documents hold tens of megabytes of it, so such a document is rendered again when it is written.
/// </summary>
internal sealed record PreparedDocument(DocumentRequest Request, string Input, string? Markdown)
{
    public string FileName => Request.FileName;
}
