namespace DocGen.Pipeline;

/// <summary>A document rendered to Markdown and not yet to DOCX; <see cref="Input"/> hashes everything its bytes depend on.</summary>
public sealed record PreparedDocument(string FileName, string Markdown, string Input);
