using System.Xml;

namespace DocGen.Docx;

/// <summary>docProps/core.xml: the title and a date taken from the document set (成文日期), so bytes never depend on the clock.</summary>
internal sealed record DocumentInfo(string Title, DateOnly Date)
{
    private const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string Dcterms = "http://purl.org/dc/terms/";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    internal void WriteCoreProperties(Stream stream)
    {
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
        var stamp = Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T00:00:00Z";
        xml.WriteStartElement("cp", "coreProperties", Cp);
        xml.WriteAttributeString("xmlns", "dc", null, Dc);
        xml.WriteAttributeString("xmlns", "dcterms", null, Dcterms);
        xml.WriteAttributeString("xmlns", "xsi", null, Xsi);
        xml.WriteElementString("title", Dc, Title);
        xml.WriteElementString("creator", Dc, "DocGen");
        foreach (var name in new[] { "created", "modified" })
        {
            xml.WriteStartElement(name, Dcterms);
            xml.WriteAttributeString("type", Xsi, "dcterms:W3CDTF");
            xml.WriteString(stamp);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }
}
