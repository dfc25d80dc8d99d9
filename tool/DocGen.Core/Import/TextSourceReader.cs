using System.Text;
using DocGen.Diagnostics;
using DocGen.Loading;

namespace DocGen.Import;

/// <summary>
/// A .txt or .md source: one paragraph per non-blank line, decoded as the set's CSV files are (BOM, else UTF-8,
/// else GB18030), so text saved on a Chinese Windows machine reads the same as text copied from a website.
/// Markdown pipe tables are tables.
/// </summary>
internal static class TextSourceReader
{
    public static SourceDocument? Read(string path, string displayPath, Encoding? forced, DiagnosticBag diagnostics)
    {
        var text = TextDecoder.Read(path, displayPath, forced, diagnostics);
        if (text is null)
            return null;
        var blocks = new List<SourceBlock>();
        var lines = text.Split('\n');
        // Only a text with a line that begins with | can hold a pipe table; the rest is never given to Markdig.
        var tables = lines.Any(l => l.TrimStart().StartsWith('|')) ? MarkdownTableReader.Read(text, displayPath) : [];
        for (var i = 0; i < lines.Length; i++)
        {
            if (tables.FirstOrDefault(t => t.First <= i + 1 && i + 1 <= t.Last) is { Table: { } table } found)
            {
                if (found.First == i + 1)
                    blocks.Add(table);
                continue;
            }
            var line = lines[i].TrimEnd('\r');
            var start = 0;
            while (start < line.Length && char.IsWhiteSpace(line[start]))
                start++;
            if (start < line.Length)
                blocks.Add(new SourceParagraph(line.Trim(), new SourceLocation(displayPath, i + 1, start + 1)) { CharacterColumns = true });
        }
        return new SourceDocument(displayPath, blocks);
    }
}
