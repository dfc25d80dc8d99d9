using DocGen.Diagnostics;

namespace DocGen.Import;

/// <summary>
/// A paragraph's text. For a .txt the location is its line and the column of its first character; for a .docx the
/// line is the paragraph's number in reading order (paragraphs inside table cells counted too).
/// </summary>
internal sealed record SourceParagraph(string Text, SourceLocation Location) : SourceBlock(Location)
{
    /// <summary>True when the location's column counts characters (a text line), so a task inside it can point at its column.</summary>
    public bool CharacterColumns { get; init; }
}
