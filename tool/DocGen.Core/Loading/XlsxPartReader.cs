using System.Text;
using System.Xml;
using DocGen.Diagnostics;
using DocumentFormat.OpenXml.Packaging;

namespace DocGen.Loading;

/// <summary>
/// Streams one part of a workbook with <see cref="XmlReader"/>, never a DOM: memory stays flat however long the
/// part, and nesting deeper than <see cref="XlsxLimits.Depth"/> is refused where it starts instead of
/// overflowing the stack.
/// </summary>
internal sealed class XlsxPartReader : IDisposable
{
    // SpreadsheetML's main namespace, transitional and strict (ECMA-376 Part 1 and Part 4).
    private const string Transitional = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Strict = "http://purl.oclc.org/ooxml/spreadsheetml/main";

    private readonly XmlReader _xml;

    private XlsxPartReader(OpenXmlPart part)
    {
        Name = part.Uri.OriginalString.TrimStart('/');
        var settings = new XmlReaderSettings
        {
            // Excel never writes a DTD; refusing one also rules out entity expansion.
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            CloseInput = true,
        };
        _xml = XmlReader.Create(new BoundedPartStream(part.GetStream(FileMode.Open, FileAccess.Read), Name), settings);
    }

    /// <summary>The part's path in the package, as a message names it: <c>xl/worksheets/sheet1.xml</c>.</summary>
    public string Name { get; }

    public XmlReader Xml => _xml;

    public static XlsxPartReader Open(OpenXmlPart part) => new(part);

    /// <summary>Moves to the next node; refuses an element nested past the limit.</summary>
    public bool Read()
    {
        if (!_xml.Read())
            return false;
        if (_xml.NodeType == XmlNodeType.Element && _xml.Depth >= XlsxLimits.Depth)
        {
            var line = (IXmlLineInfo)_xml;
            throw new WorkbookRejectedException(DiagnosticIds.WorkbookUnreadable,
                $"“{Name}”第{line.LineNumber}行第{line.LinePosition}列的 XML 嵌套超过 {XlsxLimits.Depth} 层，不是 Excel/WPS 保存的工作表，文件可能已损坏。请在 Excel/WPS 中打开后另存为 .xlsx，或改用 CSV 文件。");
        }
        return true;
    }

    /// <summary>True on the start tag of a SpreadsheetML element named <paramref name="localName"/>.</summary>
    public bool IsStart(string localName) =>
        _xml.NodeType == XmlNodeType.Element && _xml.LocalName == localName && _xml.NamespaceURI is Transitional or Strict;

    public bool IsEnd(string localName) =>
        _xml.NodeType == XmlNodeType.EndElement && _xml.LocalName == localName && _xml.NamespaceURI is Transitional or Strict;

    /// <summary>
    /// The text inside the current element, read to its end tag; text under <paramref name="skip"/> elements is
    /// left out (the phonetic runs <c>rPh</c> of a rich string, which Excel does not display).
    /// </summary>
    public string ReadInnerText(string? skip = null)
    {
        if (_xml.IsEmptyElement)
            return "";
        var depth = _xml.Depth;
        var text = new StringBuilder();
        var skipping = -1;
        while (Read() && !(_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == depth))
        {
            if (skipping < 0 && skip is not null && IsStart(skip) && !_xml.IsEmptyElement)
                skipping = _xml.Depth;
            else if (skipping >= 0 && _xml.NodeType == XmlNodeType.EndElement && _xml.Depth == skipping)
                skipping = -1;
            else if (skipping < 0 && _xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace)
                text.Append(_xml.Value);
        }
        return text.ToString();
    }

    public void Dispose() => _xml.Dispose();
}
