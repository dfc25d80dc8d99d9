using System.Xml;
using DocumentFormat.OpenXml;

namespace DocGen.Docx;

/// <summary>
/// An element's qualified name as the Open XML SDK defines it, looked up once: the hot paths write tags straight to
/// the <see cref="XmlWriter"/>, without asking the SDK's metadata for every row and cell.
/// </summary>
internal readonly record struct XmlTag(string Prefix, string LocalName, string Namespace)
{
    public static XmlTag Of(OpenXmlElement element) => new(element.Prefix, element.LocalName, element.NamespaceUri);

    public void WriteStart(XmlWriter xml) => xml.WriteStartElement(Prefix, LocalName, Namespace);
}
