namespace DocGen.Docx;

/// <summary>
/// A short label in a merged column (类别, 项目) broken into lines of even length: a renderer fills each line before
/// breaking, so 工作机制 in three characters a line prints 工作机/制; DocGen breaks it 工作/机制 itself, in lines of an
/// even number of characters.
/// </summary>
internal static class BalancedLines
{
    /// <summary>A label longer than this, in characters, is left to the renderer.</summary>
    private const int LongestLabel = 16;

    /// <returns>The lines, or null when the text fits on one line or is no short label.</returns>
    public static IReadOnlyList<string>? Of(string text, double chars)
    {
        if (text.Length > 4 * LongestLabel)
            return null;
        var characters = TextWidth.Characters(text);
        // Only a label of whole-cell characters breaks evenly: an ASCII letter or digit is half a cell.
        if (characters.Count > LongestLabel || text.Contains('。', StringComparison.Ordinal) || characters.Any(c => c.Cells != 1))
            return null;
        var perLine = Math.Max(1, (int)Math.Floor(chars + 0.001));
        if (characters.Count <= perLine)
            return null;
        // Most words are two characters: lines of an even length break between them (社会/共治/体系, not 社会共/治体系).
        var even = perLine >= 2 ? perLine - (perLine % 2) : 1;
        return characters.Chunk(even).Select(chunk => text.Substring(chunk[0].Start, chunk[^1].Start + chunk[^1].Length - chunk[0].Start)).ToList();
    }
}
