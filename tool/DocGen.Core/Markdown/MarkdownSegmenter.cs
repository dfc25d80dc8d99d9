using System.Text;
using System.Text.RegularExpressions;
using Markdig;

namespace DocGen.Markdown;

/// <summary>
/// Cuts a long document into pieces that parse on their own to the same blocks as the whole, so the DOCX stage holds
/// one piece's Markdig tree at a time instead of the whole document's (tens of megabytes for a 10,000-task plan).
/// A piece ends only before an unindented line after a blank line, outside every <c>:::</c> container and code
/// fence: there no Markdown block continues. A long pipe table keeps its first rows; the rest become a
/// <see cref="TableRest"/> and blank lines, so every line keeps its number.
/// </summary>
internal sealed partial class MarkdownSegmenter(MarkdownPipeline pipeline, int segmentChars, int tableChunkRows)
{
    private sealed record Cut(int TableLine, int From, int To, TableRest Rest);

    private sealed record Piece(int FirstLine, int EndLine, List<Cut> Cuts);

    /// <summary>The pieces in order, each made into text only when it is reached.</summary>
    public IEnumerable<(string Text, int FirstLine, Dictionary<int, TableRest> Rests)> Split(string markdown)
    {
        var lines = LineStarts(markdown);
        foreach (var piece in Pieces(markdown, lines))
        {
            var text = new StringBuilder();
            var at = piece.FirstLine;
            foreach (var cut in piece.Cuts)
            {
                text.Append(markdown, lines[at], lines[cut.From] - lines[at]).Append('\n', cut.To - cut.From);
                at = cut.To;
            }
            text.Append(markdown, lines[at], lines[piece.EndLine] - lines[at]);
            yield return (text.ToString(), piece.FirstLine, piece.Cuts.ToDictionary(c => c.TableLine, c => c.Rest));
        }
    }

    private List<Piece> Pieces(string markdown, List<int> lines)
    {
        // A link reference definition counts for the whole document: such a document is parsed whole.
        var splittable = !ReferenceDefinition().IsMatch(markdown);
        var pieces = new List<Piece>();
        var piece = new Piece(0, 0, []);
        var containers = new Stack<int>();
        (char Mark, int Count)? fence = null;
        var previousBlank = true;
        var previousContainer = false;
        for (var i = 0; i < lines.Count - 1; i++)
        {
            var line = markdown.AsSpan(lines[i], lines[i + 1] - lines[i]);
            var blank = line.IsWhiteSpace();
            if (splittable && previousBlank && !blank && fence is null && containers.Count == 0 && !char.IsWhiteSpace(line[0])
                && lines[i] - lines[piece.FirstLine] >= segmentChars)
            {
                pieces.Add(piece with { EndLine = i });
                piece = new Piece(i, i, []);
            }
            var container = false;
            if (fence is { } open)
            {
                if (Run(line, open.Mark) is { } close && close.Count >= open.Count && !close.HasInfo)
                    fence = null;
            }
            else if ((Run(line, '`') ?? Run(line, '~')) is { } opening)
                fence = (opening.Mark, opening.Count);
            else if (Run(line, ':') is { } colons)
            {
                container = true;
                if (colons.HasInfo)
                    containers.Push(colons.Count);
                else if (containers.TryPeek(out var count) && colons.Count >= count)
                    containers.Pop();
            }
            else if ((previousBlank || previousContainer) && LongTable(markdown, lines, i) is { } cut)
            {
                piece.Cuts.Add(cut);
                i = cut.To - 1;
                blank = false;
            }
            (previousBlank, previousContainer) = (blank, container);
        }
        pieces.Add(piece with { EndLine = lines.Count - 1 });
        return pieces;
    }

    /// <summary>
    /// A pipe table at line <paramref name="header"/> with more than one chunk of rows, each row a line starting with
    /// “|”, ended by a blank line, a container fence or the end: what follows its first chunk is cut.
    /// </summary>
    private Cut? LongTable(string markdown, List<int> lines, int header)
    {
        var last = lines.Count - 1;
        string Line(int i) => markdown[lines[i]..lines[i + 1]].TrimEnd('\n', '\r');
        if (header + 2 > last || !IsRow(Line(header)) || !DelimiterRow().IsMatch(Line(header + 1)))
            return null;
        var end = header + 2;
        while (end < last && IsRow(Line(end)))
            end++;
        if (end < last && !(string.IsNullOrWhiteSpace(Line(end)) || Run(Line(end), ':') is not null))
            return null;
        var from = header + 2 + tableChunkRows;
        if (from >= end)
            return null;
        var chunks = new List<(int, int, int, int)>();
        for (var first = from; first < end; first += tableChunkRows)
        {
            var next = Math.Min(first + tableChunkRows, end);
            chunks.Add((lines[first], lines[next] - lines[first], first, next - first));
        }
        return new Cut(header, from, end, new TableRest(markdown, $"{Line(header)}\n{Line(header + 1)}\n", chunks, pipeline));
    }

    private static bool IsRow(string line)
    {
        var trimmed = line.TrimStart(' ');
        return trimmed.StartsWith('|') && line.Length - trimmed.Length <= 3;
    }

    /// <summary>Where each line starts, and one past the end.</summary>
    private static List<int> LineStarts(string markdown)
    {
        var starts = new List<int> { 0 };
        for (var i = markdown.IndexOf('\n'); i >= 0 && i + 1 < markdown.Length; i = markdown.IndexOf('\n', i + 1))
            starts.Add(i + 1);
        if (starts[^1] != markdown.Length)
            starts.Add(markdown.Length);
        return starts;
    }

    /// <summary>A line of three or more <paramref name="mark"/> after at most three spaces, and whether text follows them.</summary>
    private static (char Mark, int Count, bool HasInfo)? Run(ReadOnlySpan<char> line, char mark)
    {
        var indent = line.Length - line.TrimStart(' ').Length;
        if (indent > 3)
            return null;
        var rest = line[indent..];
        var count = rest.Length - rest.TrimStart(mark).Length;
        return count >= 3 ? (mark, count, !rest[count..].IsWhiteSpace()) : null;
    }

    [GeneratedRegex(@"^ {0,3}\[[^\]\n]+\]:", RegexOptions.Multiline)]
    private static partial Regex ReferenceDefinition();

    [GeneratedRegex(@"^ {0,3}\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")]
    private static partial Regex DelimiterRow();
}
