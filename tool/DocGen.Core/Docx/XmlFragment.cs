using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;

namespace DocGen.Docx;

/// <summary>
/// An SDK element serialised once, for writing many times with <see cref="XmlWriter.WriteRaw(string)"/>: a table's
/// cell and paragraph properties repeat in every row. It is serialised inside the document element's namespace
/// declarations, so the text carries none of its own.
/// </summary>
internal static class XmlFragment
{
    public static string Of(OpenXmlElement element)
    {
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = true }))
        {
            BodyWriter.WriteDocumentStart(xml);
            element.WriteTo(xml);
        }
        // Between the document element's start tag (its attributes are namespace URIs, without '>') and its end tag.
        var written = text.ToString();
        var start = written.IndexOf('>', StringComparison.Ordinal) + 1;
        return written[start..written.LastIndexOf('<')];
    }
}
