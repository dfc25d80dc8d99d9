using System.Globalization;
using System.Xml.Linq;

namespace DocGen.Tests.Render;

/// <summary>A text line as pdftotext -bbox-layout sees it, in millimetres from the page's top-left corner.</summary>
public sealed record TextLine(string Text, double Left, double Top, double Right, double Bottom)
{
    /// <summary>The text without the spaces pdftotext puts between words.</summary>
    public string Compact => Text.Replace(" ", "", StringComparison.Ordinal);

    /// <summary>Chinese characters and full-width punctuation: everything outside ASCII.</summary>
    public int Ideographs => Compact.Count(c => c >= 0x2E80);
}

/// <summary>One rendered page: its size and text lines, in millimetres.</summary>
public sealed record PdfPage(int Number, double Width, double Height, IReadOnlyList<TextLine> Lines)
{
    public bool Landscape => Width > Height;
}

/// <summary>Reads the pages of a PDF through <c>pdftotext -bbox-layout</c> (XHTML with a box for every line).</summary>
public static class PdfText
{
    private const double MillimetresPerPoint = 25.4 / 72;

    public static IReadOnlyList<PdfPage> Read(string pdf)
    {
        var xhtml = RenderTools.Run(RenderTools.PdfToText!, ["-bbox-layout", pdf, "-"], TimeSpan.FromMinutes(1));
        var document = XDocument.Parse(xhtml);
        XNamespace ns = "http://www.w3.org/1999/xhtml";
        return document.Descendants(ns + "page").Select((page, index) => new PdfPage(
            index + 1,
            Mm(page, "width"),
            Mm(page, "height"),
            page.Descendants(ns + "line").Select(line => new TextLine(
                string.Join(" ", line.Elements(ns + "word").Select(w => w.Value)),
                Mm(line, "xMin"), Mm(line, "yMin"), Mm(line, "xMax"), Mm(line, "yMax")))
                .OrderBy(l => l.Top).ThenBy(l => l.Left).ToList())).ToList();
    }

    private static double Mm(XElement element, string attribute) =>
        double.Parse(element.Attribute(attribute)!.Value, CultureInfo.InvariantCulture) * MillimetresPerPoint;
}
