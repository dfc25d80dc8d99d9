using DocGen.Diagnostics;

namespace DocGen.Import;

/// <summary>A 工作步骤 as found: name, span and content, with the heading's location.</summary>
public sealed record ImportedPhase(string Name, string Start, string End, string Content, SourceLocation Location);
