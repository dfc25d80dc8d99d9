namespace DocGen.Docx;

/// <summary>
/// How wide a line of 3号 text prints, in character cells (gbt9704.md §3.2.1): a Chinese character is one cell, an
/// ASCII digit or letter half a cell, and each switch between Chinese and ASCII adds the automatic spacing that
/// Word (autoSpaceDN/DE) and LibreOffice insert there: about 1.1 mm, a fifth of a cell (measured in LibreOffice).
/// </summary>
internal static class TextWidth
{
    private const double AutoSpace = 0.2;

    public static double Cells(string text)
    {
        var width = 0.0;
        for (var i = 0; i < text.Length; i++)
        {
            var ascii = text[i] < 0x80;
            width += ascii ? 0.5 : 1;
            if (i > 0 && ascii != (text[i - 1] < 0x80) && !char.IsWhiteSpace(text[i]) && !char.IsWhiteSpace(text[i - 1]))
                width += AutoSpace;
        }
        return width;
    }
}
