using System.Security.Cryptography;
using System.Text.RegularExpressions;
using System.Xml;
using DocGen.Diagnostics;
using DocGen.Domain;
using DocGen.Templates;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DocProperties = DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties;

namespace DocGen.Docx;

/// <summary>
/// Reads the file the manifest's <c>版头</c> names: a .docx or .dotx in the set folder whose first page, down to and including the red
/// separator line (7.2.7), is the office's own 版头. Every problem is a diagnostic at the manifest value (DG1015–DG1018).
/// </summary>
internal static partial class OfficeHeaderReader
{
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const int MaxElements = 200;

    // A page of 版头 is far below these; a larger part is damage or a “zip bomb” (as the workbook reader guards, 4.0).
    private const long MaxPartCharacters = 16L * 1024 * 1024;
    private const int MaxImageBytes = 16 * 1024 * 1024;
    private const string WordExtensions = "http://schemas.microsoft.com/office/word/";

    /// <param name="value">The 版头 file as the manifest names it.</param>
    public static OfficeHeader? Read(WrittenText value, string setFolder, DiagnosticBag diagnostics)
    {
        var name = value.Text;
        if (Resolve(setFolder, name) is not { } path)
        {
            diagnostics.Error(DiagnosticIds.OfficeHeaderMissing, value.Location,
                $"版头文件“{name}”不在文件集目录中；请把它放进文件集目录（与 manifest.yaml 同一目录），“版头”只写文件名，如“版头: 红头.docx”。");
            return null;
        }
        if (!File.Exists(path))
        {
            diagnostics.Error(DiagnosticIds.OfficeHeaderMissing, value.Location,
                $"找不到版头文件“{name}”；请把它放进文件集目录，或改正“版头”后的文件名。");
            return null;
        }
        if (Path.GetExtension(path).ToLowerInvariant() is not (".docx" or ".dotx"))
        {
            diagnostics.Error(DiagnosticIds.OfficeHeaderUnreadable, value.Location,
                $"版头文件“{name}”应为 Word 文档（.docx）或模板（.dotx）；.doc、.wps 请先在 Word/WPS 中另存为 .docx。");
            return null;
        }
        try
        {
            var bytes = File.ReadAllBytes(path);
            using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false, new OpenSettings { MaxCharactersInPart = MaxPartCharacters });
            return Read(document, name, Convert.ToHexString(SHA256.HashData(bytes)), value.Location, diagnostics);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or XmlException or IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticIds.OfficeHeaderUnreadable, value.Location,
                $"版头文件“{name}”无法作为 Word 文档读取（文件损坏，或只是改了扩展名）；请在 Word/WPS 中打开后另存为 .docx。");
            return null;
        }
    }

    private static OfficeHeader? Read(WordprocessingDocument document, string name, string fingerprint, SourceLocation at, DiagnosticBag diagnostics)
    {
        var main = document.MainDocumentPart;
        if (main?.Document?.Body is not { } body)
            throw new InvalidDataException("no main document part");
        var formatting = new OfficeHeaderFormatting(main.StyleDefinitionsPart);
        var elements = new List<OpenXmlElement>();
        foreach (var element in FirstPage(body))
        {
            var copy = element.CloneNode(true);
            foreach (var paragraph in NumberPlace.Paragraphs([copy]).ToList())
                formatting.Apply(paragraph);
            elements.Add(copy);
            if (OfficeHeaderLine.IsRedLine(copy))
                return Finish(main, elements, name, fingerprint, at, diagnostics);
        }
        diagnostics.Error(DiagnosticIds.OfficeHeaderNoRedLine, at,
            $"版头文件“{name}”的第一页上找不到红色分隔线（带红色下边框或上边框的段落，或画出的红色直线）；DocGen 取分隔线及以上的部分作为版头，请在版头下画出分隔线。");
        return null;
    }

    private static OfficeHeader? Finish(MainDocumentPart main, List<OpenXmlElement> elements, string name, string fingerprint, SourceLocation at, DiagnosticBag diagnostics)
    {
        var paragraphs = NumberPlace.Paragraphs(elements).ToList();
        var number = paragraphs
            .Select((p, i) => (Index: i, Match: Number().Match(string.Concat(NumberPlace.OwnTexts(p).Select(t => t.Text)))))
            .FirstOrDefault(m => m.Match.Success);
        if (number.Match is not { Success: true })
        {
            diagnostics.Error(DiagnosticIds.OfficeHeaderNoNumber, at,
                $"版头文件“{name}”的版头中找不到发文字号（写成“机关代字〔年份〕序号号”，如“威政办〔2023〕1号”，年份和序号也可用 × 或 0 占位）；DocGen 要在那里填入本通知的发文字号。");
            return null;
        }
        var images = Images(main, elements);
        foreach (var element in elements)
            Declare(element, main.Document!);
        // Drawing ids must be unique in the notice; the header's own start at 1 as DocGen's might.
        foreach (var (properties, i) in elements.SelectMany(e => e.Descendants<DocProperties>()).Select((p, i) => (p, i)))
            properties.Id = (uint)(9001 + i);
        return new OfficeHeader(elements, images, new NumberPlace(number.Index, number.Match.Index, number.Match.Length), fingerprint);
    }

    /// <summary>The body's elements until the first page ends (a page break, or the end of the first section).</summary>
    private static IEnumerable<OpenXmlElement> FirstPage(Body body)
    {
        var count = 0;
        foreach (var element in body.ChildElements.Where(e => e is Paragraph or Table))
        {
            if (count > 0 && element is Paragraph { ParagraphProperties.PageBreakBefore: { } } || count++ >= MaxElements)
                yield break;
            yield return element;
            if (element.Descendants<Break>().Any(b => b.Type?.Value == BreakValues.Page)
                || element is Paragraph { ParagraphProperties.SectionProperties: { } })
                yield break;
        }
    }

    /// <summary>Image parts the elements use, renumbered in order of first use; other relationships are dropped.</summary>
    private static List<OfficeHeaderImage> Images(MainDocumentPart main, List<OpenXmlElement> elements)
    {
        var images = new List<OfficeHeaderImage>();
        var ids = new Dictionary<OpenXmlPart, string>();
        foreach (var element in elements.SelectMany(e => e.Descendants().Prepend(e)).ToList())
            foreach (var attribute in element.GetAttributes().Where(a => a.NamespaceUri == Relationships))
            {
                var part = main.Parts.FirstOrDefault(p => p.RelationshipId == attribute.Value).OpenXmlPart;
                if (part is not ImagePart image)
                {
                    element.RemoveAttribute(attribute.LocalName, attribute.NamespaceUri);
                    continue;
                }
                if (!ids.TryGetValue(image, out var id))
                {
                    id = $"rIdHeader{ids.Count + 1}";
                    ids[image] = id;
                    images.Add(new OfficeHeaderImage(id, image.ContentType, ReadBounded(image)));
                }
                element.SetAttribute(new OpenXmlAttribute(attribute.Prefix, attribute.LocalName, attribute.NamespaceUri, id));
            }
        return images;
    }

    /// <summary>
    /// The source's namespaces, declared on each alternate content: <c>mc:Choice Requires="wps"</c> names a prefix that must be in
    /// scope there. Word 2010+ paragraph ids (<c>w14:paraId</c>) are dropped: the notice does not declare them ignorable;
    /// so are attributes the schema does not know.
    /// </summary>
    private static void Declare(OpenXmlElement element, Document source)
    {
        foreach (var choice in element.Descendants<AlternateContent>())
            foreach (var (prefix, uri) in source.NamespaceDeclarations.Where(d => d.Key is not ("w" or "r")))
                choice.AddNamespaceDeclaration(prefix, uri);
        foreach (var node in element.Descendants().Prepend(element))
        {
            foreach (var attribute in node.GetAttributes().Where(a => a.NamespaceUri.StartsWith(WordExtensions, StringComparison.Ordinal)).ToList())
                node.RemoveAttribute(attribute.LocalName, attribute.NamespaceUri);
            // Attributes outside the schema, such as the ID LibreOffice writes on a VML shape, fail validation.
            foreach (var attribute in node.ExtendedAttributes.Where(a => a.NamespaceUri.Length == 0).ToList())
                node.RemoveAttribute(attribute.LocalName, attribute.NamespaceUri);
        }
    }

    private static byte[] ReadBounded(OpenXmlPart part)
    {
        using var stream = part.GetStream();
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        for (int read; (read = stream.Read(buffer)) > 0;)
        {
            copy.Write(buffer, 0, read);
            if (copy.Length > MaxImageBytes)
                throw new InvalidDataException($"image part {part.Uri} inflates past {MaxImageBytes} bytes");
        }
        return copy.ToArray();
    }

    /// <summary>The file inside the set folder, links resolved; null when the name leads out of it.</summary>
    private static string? Resolve(string setFolder, string name)
    {
        if (Path.IsPathRooted(name) || RealPath.Of(Path.GetFullPath(setFolder)) is not { } folder || RealPath.Of(Path.Combine(Path.GetFullPath(setFolder), name)) is not { } path)
            return null;
        var inside = path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return inside ? path : null;
    }

    // 机关代字〔YYYY〕N号, the year and number possibly placeholders (×, X, 0, ○).
    [GeneratedRegex(@"[^\s〔〕\[\]]+[〔\[][0-9０-９×xX○〇]{4}[〕\]][0-9０-９×xX○〇]+号")]
    private static partial Regex Number();
}
