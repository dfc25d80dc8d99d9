using DocGen.Diagnostics;

namespace DocGen.Domain;

/// <summary>A unit as one cell wrote it: the spelling used and where, so rules can quote it back.</summary>
internal sealed record UnitMention(Unit Unit, string Written, SourceLocation Location, bool IsLead);
