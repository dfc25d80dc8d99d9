using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using Wps = DocumentFormat.OpenXml.Office2010.Word.DrawingShape;

namespace DocGen.Docx;

/// <summary>
/// §8.3, 7.5: on a landscape 任务分工表 page the number stays where a portrait page has it once the sheet is turned
/// back (landscape top → portrait left). The footers of the landscape section hold no text, only a text box anchored
/// to the page that is the portrait footer line turned a quarter clockwise: 156 mm tall against the rotated type
/// area's left edge, its text run top to bottom (vert), so the odd footer's right alignment ends the number near the
/// bottom-left corner and the even footer's left alignment starts it near the top-left corner, 1 character in.
/// </summary>
internal static class LandscapePageNumber
{
    private const long EmuPerTwip = 635;

    // The portrait footer line's top lies one 4号 line above the footer distance from the paper's bottom edge, which
    // is the landscape left edge, so that is where the box's right edge (the turned line's top) goes. 400 twips,
    // not the 364 of the 18.2 pt line box, is what LibreOffice needs to put the number's box exactly there (measured).
    public const int LineTop = GbT9704.FooterDistance + 400;
    public const int BoxWidth = 400;
    public const int BoxLeft = LineTop - BoxWidth;

    public static Footer Footer(string styleId, uint drawingId) => new(new Paragraph(
        new ParagraphProperties(new ParagraphStyleId { Val = styleId }),
        new Run(new Drawing(Anchor(styleId, drawingId)))));

    private static Wp.Anchor Anchor(string styleId, uint drawingId)
    {
        long width = BoxWidth * EmuPerTwip, height = GbT9704.TypeAreaWidth * EmuPerTwip;
        var shape = new Wps.WordprocessingShape(
            new Wps.NonVisualDrawingShapeProperties { TextBox = true },
            new Wps.ShapeProperties(
                new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = width, Cy = height }),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle },
                new A.NoFill(),
                new A.Outline(new A.NoFill())),
            new Wps.TextBoxInfo2(new TextBoxContent(PackageParts.PageNumberParagraph(styleId))),
            new Wps.TextBodyProperties
            {
                Vertical = A.TextVerticalValues.Vertical,
                Wrap = A.TextWrappingValues.Square,
                LeftInset = 0, TopInset = 0, RightInset = 0, BottomInset = 0,
                Anchor = A.TextAnchoringTypeValues.Top,
            });
        return new Wp.Anchor(
            new Wp.SimplePosition { X = 0, Y = 0 },
            new Wp.HorizontalPosition(new Wp.PositionOffset(Emu(BoxLeft))) { RelativeFrom = Wp.HorizontalRelativePositionValues.Page },
            // The rotated type area's left edge is the landscape top margin (= portrait 订口).
            new Wp.VerticalPosition(new Wp.PositionOffset(Emu(GbT9704.LandscapeMarginTop))) { RelativeFrom = Wp.VerticalRelativePositionValues.Page },
            new Wp.Extent { Cx = width, Cy = height },
            new Wp.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new Wp.WrapNone(),
            new Wp.DocProperties { Id = drawingId, Name = "页码" + drawingId },
            new Wp.NonVisualGraphicFrameDrawingProperties(),
            new A.Graphic(new A.GraphicData(shape) { Uri = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape" }))
        {
            DistanceFromTop = 0, DistanceFromBottom = 0, DistanceFromLeft = 0, DistanceFromRight = 0,
            SimplePos = false, RelativeHeight = drawingId, BehindDoc = false, Locked = true,
            LayoutInCell = true, AllowOverlap = true,
        };
    }

    private static string Emu(int twips) => (twips * EmuPerTwip).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
