using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocGen.Docx;

/// <summary>
/// Finds the 版头's red separator (7.2.7) the ways offices draw it: a paragraph's red bottom or top border, a table
/// border, or a drawn line (DrawingML <c>line</c>/connector or VML <c>v:line</c>) in red.
/// </summary>
internal static class OfficeHeaderLine
{
    public static bool IsRedLine(OpenXmlElement element) =>
        element.Descendants<ParagraphBorders>().Concat(element is Paragraph { ParagraphProperties.ParagraphBorders: { } own } ? [own] : [])
            .Any(b => IsRedBorder(b.BottomBorder) || IsRedBorder(b.TopBorder))
        || element.Descendants<TableBorders>().Any(b => IsRedBorder(b.BottomBorder) || IsRedBorder(b.TopBorder))
        || element.Descendants<TableCellBorders>().Any(b => IsRedBorder(b.BottomBorder) || IsRedBorder(b.TopBorder))
        || element.Descendants().Any(IsDrawnRedLine);

    private static bool IsRedBorder(BorderType? border) =>
        border?.Val?.Value is { } val && val != BorderValues.None && val != BorderValues.Nil && IsRed(border.Color?.Value);

    private static bool IsDrawnRedLine(OpenXmlElement element)
    {
        // DrawingML: a shape whose preset geometry is a line, stroked with a red colour.
        if (element.LocalName == "wsp")
            return element.Descendants().Any(d => d.LocalName == "prstGeom" && d.GetAttributes().Any(a => a.LocalName == "prst" && a.Value is "line" or "straightConnector1"))
                && element.Descendants().Any(d => d.LocalName == "ln" && d.Descendants().Any(c => c.LocalName == "srgbClr" && IsRed(Attribute(c, "val"))));
        // VML: <v:line strokecolor="red">.
        return element.LocalName == "line" && element.NamespaceUri == "urn:schemas-microsoft-com:vml" && IsRed(Attribute(element, "strokecolor"));
    }

    private static string? Attribute(OpenXmlElement element, string name) =>
        element.GetAttributes().FirstOrDefault(a => a.LocalName == name).Value;

    /// <summary>Red as offices pick it: FF0000, C8102E, “red”; strongly red, weakly green and blue.</summary>
    public static bool IsRed(string? colour)
    {
        var hex = colour?.Trim().TrimStart('#');
        if (string.Equals(hex, "red", StringComparison.OrdinalIgnoreCase))
            return true;
        if (hex is not { Length: 6 } || !int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb))
            return false;
        var (r, g, b) = (rgb >> 16, (rgb >> 8) & 0xFF, rgb & 0xFF);
        return r >= 0xB0 && g <= 0x60 && b <= 0x60;
    }
}
