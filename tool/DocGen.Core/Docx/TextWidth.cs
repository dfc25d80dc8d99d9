using System.Text;

namespace DocGen.Docx;

/// <summary>
/// How wide a line of 3号 text prints, in character cells (gbt9704.md §3.2.1): a Chinese character is one cell, an
/// ASCII digit or letter half a cell, and each switch between Chinese and ASCII adds the automatic spacing that
/// Word (autoSpaceDN/DE) and LibreOffice insert there: about 1.1 mm, a fifth of a cell (measured in LibreOffice).
/// Widths go by character (<see cref="Rune"/>), not UTF-16 unit: 𠮷 is two units and one full-width character.
/// </summary>
internal static class TextWidth
{
    private const double AutoSpace = 0.2;

    public static double Cells(string text)
    {
        var width = 0.0;
        Rune? previous = null;
        foreach (var rune in text.EnumerateRunes())
        {
            width += Cells(rune);
            if (previous is { } p && rune.IsAscii != p.IsAscii && !Rune.IsWhiteSpace(rune) && !Rune.IsWhiteSpace(p))
                width += AutoSpace;
            previous = rune;
        }
        return width;
    }

    /// <summary>One character's width in cells of its font size: half for ASCII, whole for the rest.</summary>
    public static double Cells(Rune character) => character.IsAscii ? 0.5 : 1;
}
