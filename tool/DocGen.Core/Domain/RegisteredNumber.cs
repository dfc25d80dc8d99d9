using DocGen.Diagnostics;

namespace DocGen.Domain;

/// <summary>A 发文字号 the office already issued (register.csv), with the title it was issued under.</summary>
internal sealed record RegisteredNumber(string Number, string Title, SourceLocation Location);
