namespace DocGen.Docx;

/// <summary>
/// The numbers of GB/T 9704-2012 in OOXML units (twips = 1/20 pt, half-points for sizes), with the clause
/// each comes from. ../shared/gbt9704.md explains every choice and the LibreOffice measurements behind it.
/// </summary>
internal static class GbT9704
{
    // 5.1, 5.2.1: A4; 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm → right 26 mm, bottom 35 mm.
    public const int PageWidth = 11906;
    public const int PageHeight = 16838;
    public const int MarginTop = 2098;
    public const int MarginBottom = 1984;
    public const int MarginLeft = 1588;
    public const int MarginRight = 1474;
    public const int TypeAreaWidth = PageWidth - MarginLeft - MarginRight; // 8844 ≈ 156 mm

    // 7.5 + LibreOffice calibration (§11): footer at 25 mm puts the page number's dash 7 mm below the type area.
    public const int FooterDistance = 1417;
    public const int HeaderDistance = 851;

    // 8.3: the landscape 任务分工表 rotates the portrait margins so the type area stays 225 × 156 mm.
    public const int LandscapeMarginTop = MarginLeft;
    public const int LandscapeMarginRight = MarginTop;
    public const int LandscapeMarginBottom = MarginRight;
    public const int LandscapeMarginLeft = MarginBottom;
    public const int LandscapeTypeAreaWidth = PageHeight - LandscapeMarginLeft - LandscapeMarginRight; // 12756

    // 7.5, §8.3 fallback: the page number keeps its 7 mm below the (rotated) type area, whose bottom margin is only 26 mm.
    public const int LandscapeFooterDistance = FooterDistance - (MarginBottom - LandscapeMarginBottom); // 907 ≈ 16 mm

    // 5.2.3: 22 lines a page → the largest whole-twip pitch that fits 225 mm is 579 (§1.2).
    public const int LinePitch = 579;

    // 5.2.3: 28 characters a line → 3号 runs need −0.25 pt character spacing (§1.2, variant C).
    public const int CharacterSpacing = -5;

    // One 3号 character cell with that spacing; "空二字" is two of them (§2).
    public const int CharacterCell = 315;
    public const int FirstLineIndent = 2 * CharacterCell;

    // §2: sizes in half-points.
    public const int SizeXiaoChu = 72; // 小初, default 发文机关标志
    public const int SizeErHao = 44; // 二号: titles (7.3.1)
    public const int SizeSanHao = 32; // 三号: everything else (5.2.2)
    public const int SizeSiHao = 28; // 四号: page numbers, 版记 (7.4, 7.5)
    public const int SizeXiaoSi = 24; // 小四: table text [practice, §8.3]

    // 7.2.4: the 发文机关标志's top edge sits 35 mm below the type-area top.
    public const int RedHeadOffset = 1984;

    // 7.2.7: the red separator is 4 mm below the 发文字号's ink; thickness is not in the standard (§4: 1.5 pt).
    // The 发文字号's exact 579-twip line already leaves ≈ 1.2 mm under its ink (measured in LibreOffice), so the
    // border paragraph adds the remaining 2.8 mm.
    public const int RedLineGap = 227 - 68;
    public const int RedLineThickness = 12; // eighths of a point
    public const string Red = "FF0000";

    // 7.4.1: 版记 lines — first and last 0.35 mm, inner 0.25 mm.
    public const int ColophonThickLine = 8;
    public const int ColophonThinLine = 6;
    public const int ColophonFooterSpace = 165; // 2.9 mm: LibreOffice's footer on an even-page section (PackageParts)
    public const int SiHaoCell = 280; // one 4号 character: 版记 and page-number indents (7.4.2, 7.5)

    // §8.3 [practice]: table text on exact 20 pt lines, 0.5 pt borders; cell margins of 1.5 mm left and right and
    // 1 mm above and below [DocGen choice] keep the text off the rules.
    public const int TableLinePitch = 400;
    public const int TableBorder = 4;
    public const int TableCellPaddingHorizontal = 85;
    public const int TableCellPaddingVertical = 0;

    // 5: titles hold at most 20 二号 characters a line.
    public const int TitleMaxCharacters = 20;
}
