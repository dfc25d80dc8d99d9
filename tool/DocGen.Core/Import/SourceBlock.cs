using DocGen.Diagnostics;

namespace DocGen.Import;

/// <summary>One block of a source in reading order: a paragraph or a table. Every block knows where it was found.</summary>
internal abstract record SourceBlock(SourceLocation Location);
