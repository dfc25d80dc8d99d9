namespace DocGen.Tests.Render;

/// <summary>The expected geometry of gbt9704.md §1 and §8.3 in millimetres, as the render tests measure it.</summary>
public static class TypeArea
{
    public const double Left = 28; // 订口 (5.2.1)
    public const double Right = 210 - 26; // 184: right edge of the 156 mm 版心
    public const double Top = 37; // 天头
    public const double Bottom = 297 - 35; // 262: bottom of the 225 mm 版心

    // §8.3: the landscape page keeps a 225 × 156 mm type area; its margins are the portrait ones rotated.
    public const double LandscapeLeft = 35;
    public const double LandscapeRight = 297 - 37; // 260
    public const double LandscapeTop = 28;
    public const double LandscapeBottom = 210 - 26; // 184

    public const double LinePitch = 579 / 20.0 * 25.4 / 72; // 28.95 pt = 10.21 mm (§1.2)
    public const double Character = 315 / 20.0 * 25.4 / 72; // one 3号 cell with −0.25 pt spacing = 5.56 mm
    public const double SiHaoCharacter = 14 * 25.4 / 72; // one 4号 character = 4.94 mm (page-number indent, 7.5)

    public static (double Left, double Right, double Top, double Bottom) Of(PdfPage page) => page.Landscape
        ? (LandscapeLeft, LandscapeRight, LandscapeTop, LandscapeBottom)
        : (Left, Right, Top, Bottom);

    /// <summary>
    /// A landscape page's line as it lies on the sheet turned back upright (§8.3: the landscape top becomes the
    /// portrait left edge, the landscape left edge the portrait bottom); a portrait page's line as it is.
    /// </summary>
    public static TextLine TurnedBack(PdfPage page, TextLine line) => page.Landscape
        ? line with { Left = line.Top, Right = line.Bottom, Top = page.Width - line.Right, Bottom = page.Width - line.Left }
        : line;

    /// <summary>The page-number line (“— N —”), which 7.5 puts outside the type area.</summary>
    public static bool IsPageNumber(TextLine line) =>
        System.Text.RegularExpressions.Regex.IsMatch(line.Compact, @"^—\d+—$");

    /// <summary>Text lines that belong to the type area, grouped into visual rows (one row may hold runs of several fonts).</summary>
    public static IReadOnlyList<IReadOnlyList<TextLine>> Rows(PdfPage page)
    {
        var rows = new List<List<TextLine>>();
        foreach (var line in page.Lines.Where(l => !IsPageNumber(l)).OrderBy(l => l.Bottom))
        {
            if (rows.Count > 0 && Math.Abs(rows[^1][0].Bottom - line.Bottom) < 2.5)
                rows[^1].Add(line);
            else
                rows.Add([line]);
        }
        return rows.Select(r => (IReadOnlyList<TextLine>)r.OrderBy(l => l.Left).ToList()).ToList();
    }
}
