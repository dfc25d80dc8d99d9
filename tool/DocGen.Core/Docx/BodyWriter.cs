using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocGen.Docx;

/// <summary>
/// Streams the body to word/document.xml as it is made, so no document is ever held whole as Open XML objects (a
/// 10,000-row table is written row by row). The last top-level element is held back until the next one arrives, because
/// renderers still amend it (keep-with-next before a signature, the section that ends on it).
/// </summary>
internal sealed class BodyWriter(XmlWriter writer)
{
    private static readonly XmlTag DocumentTag = XmlTag.Of(new Document());
    private static readonly XmlTag BodyTag = XmlTag.Of(new Body());
    private static readonly XmlTag TableTag = XmlTag.Of(new Table());
    private static readonly XmlTag ParagraphTag = XmlTag.Of(new Paragraph());
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private OpenXmlElement? _pending;
    private bool _started;

    /// <summary>Nothing has been added yet.</summary>
    public bool IsEmpty { get; private set; } = true;

    /// <summary>The last element added, while it can still be changed; null after a streamed table.</summary>
    public OpenXmlElement? Last => _pending;

    /// <summary>The text of the first title paragraph, for the document properties.</summary>
    public string? Title { get; private set; }

    public void Add(OpenXmlElement element)
    {
        Flush();
        _pending = element;
        IsEmpty = false;
    }

    /// <summary>Writes a table whose rows go straight to the part and are never held together.</summary>
    public void AddTable(TableProperties properties, TableGrid grid, Action<XmlWriter> writeRows)
    {
        writeRows(StartTable(properties, grid));
        EndTable();
    }

    /// <summary>Opens a table whose rows the caller writes straight to the part, until <see cref="EndTable"/>.</summary>
    public XmlWriter StartTable(TableProperties properties, TableGrid grid)
    {
        Flush();
        IsEmpty = false;
        TableTag.WriteStart(writer);
        properties.WriteTo(writer);
        grid.WriteTo(writer);
        return writer;
    }

    public void EndTable() => writer.WriteEndElement();

    /// <summary>Ends the body: the last section's properties move from the last paragraph to the body itself.</summary>
    public void Finish()
    {
        var section = SectionBuilder.Portrait();
        if (_pending is Paragraph { ParagraphProperties.SectionProperties: { } closing })
        {
            closing.Remove();
            section = closing;
        }
        Flush();
        section.WriteTo(writer);
        writer.WriteEndElement(); // body
        writer.WriteEndElement(); // document
        writer.Flush();
    }

    /// <summary>The document element, declaring w: and the r: of the footer references once for the whole body.</summary>
    public static void WriteDocumentStart(XmlWriter xml)
    {
        DocumentTag.WriteStart(xml);
        xml.WriteAttributeString("xmlns", "r", null, Relationships);
    }

    private void Flush()
    {
        Start();
        if (_pending is null)
            return;
        if (Title is null && _pending is Paragraph paragraph && paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value == StyleIds.Title)
            Title = paragraph.InnerText;
        Write(_pending);
        _pending = null;
    }

    /// <summary>A paragraph's plain runs are written straight, as table cells' are; everything else by the SDK.</summary>
    private void Write(OpenXmlElement element)
    {
        if (element is not Paragraph { HasAttributes: false } paragraph)
        {
            element.WriteTo(writer);
            return;
        }
        ParagraphTag.WriteStart(writer);
        foreach (var child in paragraph.ChildElements)
        {
            if (TextRuns.PlainText(child) is { } text)
                TextRuns.Write(writer, text);
            else
                child.WriteTo(writer);
        }
        writer.WriteEndElement();
    }

    private void Start()
    {
        if (_started)
            return;
        _started = true;
        writer.WriteStartDocument(true);
        WriteDocumentStart(writer);
        BodyTag.WriteStart(writer);
    }
}
