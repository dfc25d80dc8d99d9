using DocumentFormat.OpenXml.Wordprocessing;

namespace DocGen.Docx;

/// <summary>Section properties: the portrait page of 5.1/5.2.1 and the rotated 任务分工表 page of §8.3.</summary>
internal static class SectionBuilder
{
    public const string OddFooterId = "rId4";
    public const string EvenFooterId = "rId5";
    public const string LandscapeOddFooterId = "rId6";
    public const string LandscapeEvenFooterId = "rId7";
    public const string ColophonOddFooterId = "rId8";
    public const string ColophonEvenFooterId = "rId9";

    public static SectionProperties Portrait() => Portrait(OddFooterId, EvenFooterId, SectionMarkValues.NextPage);

    /// <summary>7.5: the 版记 page of its own starts on the next even page, with footers of its own (PackageParts).</summary>
    public static SectionProperties Colophon() => Portrait(ColophonOddFooterId, ColophonEvenFooterId, SectionMarkValues.EvenPage);

    private static SectionProperties Portrait(string oddFooter, string evenFooter, SectionMarkValues start) => Build(oddFooter, evenFooter, start,
        new PageSize { Width = GbT9704.PageWidth, Height = GbT9704.PageHeight },
        new PageMargin
        {
            Top = GbT9704.MarginTop,
            Right = GbT9704.MarginRight,
            Bottom = GbT9704.MarginBottom,
            Left = GbT9704.MarginLeft,
            Header = GbT9704.HeaderDistance,
            Footer = GbT9704.FooterDistance,
            Gutter = 0,
        });

    // §8.3: the landscape footers carry the number in a turned text box (LandscapePageNumber).
    public static SectionProperties Landscape() => Build(LandscapeOddFooterId, LandscapeEvenFooterId, SectionMarkValues.NextPage,
        new PageSize { Width = GbT9704.PageHeight, Height = GbT9704.PageWidth, Orient = PageOrientationValues.Landscape },
        new PageMargin
        {
            Top = GbT9704.LandscapeMarginTop,
            Right = GbT9704.LandscapeMarginRight,
            Bottom = GbT9704.LandscapeMarginBottom,
            Left = GbT9704.LandscapeMarginLeft,
            Header = GbT9704.HeaderDistance,
            Footer = GbT9704.LandscapeFooterDistance,
            Gutter = 0,
        });

    private static SectionProperties Build(string oddFooter, string evenFooter, SectionMarkValues start, PageSize size, PageMargin margin) => new(
        // 7.5: odd pages number on the right, even on the left; settings.xml turns on evenAndOddHeaders.
        new FooterReference { Type = HeaderFooterValues.Default, Id = oddFooter },
        new FooterReference { Type = HeaderFooterValues.Even, Id = evenFooter },
        new SectionType { Val = start },
        size,
        margin,
        // §1.2: a plain line grid documents 22 lines; linesAndChars would give 14 characters a line in LibreOffice.
        new DocGrid { Type = DocGridValues.Lines, LinePitch = GbT9704.LinePitch });
}
