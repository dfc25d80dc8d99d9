namespace DocGen.Pipeline;

/// <summary>
/// A document whose template rendered without error, not yet to DOCX; <see cref="Input"/> hashes everything its bytes
/// depend on. Its Markdown is not kept: a 10,000-task set's documents hold tens of megabytes of it, so each is
/// rendered again when it is written.
/// </summary>
public sealed record PreparedDocument(DocumentRequest Request, string Input)
{
    public string FileName => Request.FileName;
}
