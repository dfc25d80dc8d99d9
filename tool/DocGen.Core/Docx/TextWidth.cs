using System.Globalization;
using System.Text;

namespace DocGen.Docx;

/// <summary>
/// The one measure of printed text, in character cells of its font size (gbt9704.md §3.2.1): a Chinese character is
/// one cell, an ASCII digit or letter half a cell, and each switch between Chinese and ASCII adds the automatic spacing
/// that Word (autoSpaceDN/DE) and LibreOffice insert there: about 1.1 mm, a fifth of a cell (measured in LibreOffice).
/// Widths go by character (text element), not UTF-16 unit: 𠮷 is two units and one full-width character, and a
/// combining mark adds nothing to the letter it sits on. Titles, table columns, phrases, labels and the signature
/// all measure here.
/// </summary>
internal static class TextWidth
{
    private const double AutoSpace = 0.2;

    /// <summary>A line's width: its characters and the automatic spacing between them.</summary>
    public static double Cells(string text)
    {
        var width = 0.0;
        Rune? previous = null;
        for (var at = 0; at < text.Length;)
        {
            var character = At(text, at);
            width += character.Cells;
            // An invisible character neither takes nor breaks the spacing around it.
            if (character.Cells > 0)
            {
                width += previous is { } p ? Join(p, character.Rune) : 0;
                previous = character.Rune;
            }
            at += character.Length;
        }
        return width;
    }

    /// <summary>
    /// The characters alone, without the automatic spacing: a table cell's length for <see cref="ColumnWidths"/>,
    /// whose line estimate already gives up half a character a line to breaking and was tuned on the sample without it.
    /// </summary>
    public static double CharacterCells(string text)
    {
        var width = 0.0;
        for (var at = 0; at < text.Length;)
        {
            var character = At(text, at);
            width += character.Cells;
            at += character.Length;
        }
        return width;
    }

    /// <summary>
    /// The automatic spacing where <paramref name="after"/> follows <paramref name="before"/> on one line: what the
    /// line is wider than the two pieces measured apart.
    /// </summary>
    public static double Join(string before, string after)
    {
        var last = Characters(before).LastOrDefault(c => c.Cells > 0);
        var first = Characters(after).FirstOrDefault(c => c.Cells > 0);
        return last.Cells > 0 && first.Cells > 0 ? Join(last.Rune, first.Rune) : 0;
    }

    /// <summary>The text's characters (text elements), in order.</summary>
    public static List<Character> Characters(string text)
    {
        var result = new List<Character>(text.Length);
        for (var at = 0; at < text.Length; at += result[^1].Length)
            result.Add(At(text, at));
        return result;
    }

    /// <summary>The character that starts at <paramref name="at"/>; a lone surrogate reads as U+FFFD, one full-width character.</summary>
    private static Character At(string text, int at)
    {
        // Nearly every character of a plan stands alone (a CJK or ASCII character before another): measured without
        // the text-element search, which is most of the cost of measuring every table cell of a large set.
        if (StandsAlone(text[at]) && (at + 1 == text.Length || StandsAlone(text[at + 1])))
            return new Character(at, 1, new Rune(text[at]), CellsOf(new Rune(text[at])));
        var rest = text.AsSpan(at);
        Rune.DecodeFromUtf16(rest, out var rune, out _);
        return new Character(at, StringInfo.GetNextTextElementLength(rest), rune, CellsOf(rune));
    }

    /// <summary>
    /// A character that is a whole text element whatever stands beside it: printable ASCII, or a CJK ideograph or
    /// full-width punctuation (U+3000–U+9FFF without the combining tone marks U+302A–U+302F and kana, U+FF01–U+FF60),
    /// which no mark or joiner extends.
    /// </summary>
    private static bool StandsAlone(char c) => c is (>= ' ' and <= '~') or (>= '\u3000' and <= '\u3029') or (>= '\u3030' and <= '\u303F') or (>= '\u3400' and <= '\u9FFF') or (>= '\uFF01' and <= '\uFF60');

    /// <summary>A character's width by its first code point: half for ASCII, nothing for an invisible format character (U+200B, U+FEFF), whole for the rest.</summary>
    private static double CellsOf(Rune rune) =>
        rune.IsAscii ? 0.5 : Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format ? 0 : 1;

    private static double Join(Rune before, Rune after) =>
        before.IsAscii != after.IsAscii && !Rune.IsWhiteSpace(before) && !Rune.IsWhiteSpace(after) ? AutoSpace : 0;

    /// <param name="Start">Where the character starts in its string, in UTF-16 units.</param>
    /// <param name="Length">Its UTF-16 units.</param>
    /// <param name="Rune">Its first code point, which decides its width.</param>
    /// <param name="Cells">Its width without spacing.</param>
    internal readonly record struct Character(int Start, int Length, Rune Rune, double Cells);
}
