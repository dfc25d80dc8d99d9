using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocGen.Docx;

/// <summary>
/// Streams the body to word/document.xml as it is made, so memory does not grow with the document (a 10,000-row
/// table is written row by row). The last top-level element is held back until the next one arrives, because
/// renderers still amend it (keep-with-next before a signature, the section that ends on it).
/// </summary>
internal sealed class BodyWriter(OpenXmlWriter writer)
{
    private static readonly KeyValuePair<string, string>[] Namespaces =
    [
        new("w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
        new("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
    ];

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
    public void AddTable(TableProperties properties, TableGrid grid, Action<OpenXmlWriter> writeRows)
    {
        Flush();
        IsEmpty = false;
        writer.WriteStartElement(new Table());
        writer.WriteElement(properties);
        writer.WriteElement(grid);
        writeRows(writer);
        writer.WriteEndElement();
    }

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
        Start();
        writer.WriteElement(section);
        writer.WriteEndElement(); // body
        writer.WriteEndElement(); // document
        writer.Close();
    }

    private void Flush()
    {
        Start();
        if (_pending is null)
            return;
        if (Title is null && _pending is Paragraph paragraph && paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value == StyleIds.Title)
            Title = paragraph.InnerText;
        writer.WriteElement(_pending);
        _pending = null;
    }

    private void Start()
    {
        if (_started)
            return;
        _started = true;
        writer.WriteStartDocument(true);
        writer.WriteStartElement(new Document(), [], Namespaces);
        writer.WriteStartElement(new Body());
    }
}
