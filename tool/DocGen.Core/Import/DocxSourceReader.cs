using System.IO.Compression;
using System.Xml;
using DocGen.Diagnostics;
using DocGen.Loading;
using DocumentFormat.OpenXml.Packaging;

namespace DocGen.Import;

/// <summary>
/// A .docx source, opened read-only with the Open XML SDK: body paragraphs and tables in reading order, content
/// controls unwrapped, vertically merged cells marked. A file that is not a readable Word package is reported, never thrown.
/// </summary>
internal static class DocxSourceReader
{
    public static SourceDocument? Read(string path, string displayPath, DiagnosticBag diagnostics)
    {
        try
        {
            // Word may hold the file open while the user reads it; share it rather than fail.
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            RefuseLargeEntries(file, displayPath);
            file.Position = 0;
            using var document = WordprocessingDocument.Open(file, isEditable: false);
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new ImportRejectedException($"“{displayPath}”中没有正文部件（word/document.xml），不是 Word 保存的 .docx 文件。");
            var walker = new DocxBlockWalker(displayPath);
            walker.Walk(body);
            return new SourceDocument(displayPath, walker.Blocks);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A damaged package makes System.IO.Packaging and the SDK throw many kinds of exception; all mean “unreadable”.
            diagnostics.Error(DiagnosticIds.ImportSourceUnreadable, new SourceLocation(displayPath),
                $"{Reason(e, displayPath)}请确认它是 Word/WPS 保存的 .docx 文件（.doc、.wps 请先另存为 .docx）。");
            return null;
        }
    }

    /// <summary>Why, in Chinese: the libraries' messages are English and name their own internals.</summary>
    private static string Reason(Exception e, string displayPath) => e switch
    {
        ImportRejectedException => e.Message,
        // The SDK reads parts with DTD processing prohibited; Word never writes one, and refusing it rules out entity expansion.
        XmlException when e.Message.Contains("DTD", StringComparison.Ordinal) =>
            $"“{displayPath}”的 XML 中声明了 DTD（文档类型定义），Word 从不这样写，为安全起见不予读取。",
        XmlException xml => $"“{displayPath}”中的 XML 已损坏（第{xml.LineNumber}行第{xml.LinePosition}列）。",
        InvalidDataException or FileFormatException or EndOfStreamException => $"“{displayPath}”不是有效的 .docx 压缩包，文件可能已损坏或只是改了扩展名。",
        OpenXmlPackageException => $"“{displayPath}”不是 Word 文档（缺少 Word 文档必需的部件）。",
        _ => $"无法读取“{displayPath}”（{e.GetType().Name}）。",
    };

    /// <summary>
    /// Refuses the package when an XML part declares it inflates past the workbook limit, before anything parses it:
    /// a plan's document.xml is well under 1 MiB, so a larger one is damaged or a zip bomb.
    /// </summary>
    private static void RefuseLargeEntries(FileStream file, string displayPath)
    {
        using var zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
        foreach (var entry in zip.Entries)
            if (entry.Length > XlsxLimits.PartBytes
                && (entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)))
                throw new ImportRejectedException($"“{displayPath}”中的“{entry.FullName}”解压后超过 {XlsxLimits.PartBytes / 1048576} MiB，文件可能已损坏。");
    }
}
