namespace DocGen.Import;

/// <summary>One source file read into blocks; <see cref="DisplayPath"/> is how diagnostics name it.</summary>
internal sealed record SourceDocument(string DisplayPath, IReadOnlyList<SourceBlock> Blocks)
{
    public IEnumerable<SourceParagraph> Paragraphs => Blocks.OfType<SourceParagraph>();
}
