using System.IO.Compression;
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
            // The SDK refuses a part that declares a DTD (XmlException), which rules out entity expansion too.
            var reason = e is ImportRejectedException ? e.Message : $"无法读取“{displayPath}”：{e.Message.Trim().TrimEnd('.', '。')}。";
            diagnostics.Error(DiagnosticIds.ImportSourceUnreadable, new SourceLocation(displayPath),
                $"{reason.TrimEnd('。')}。请确认它是 Word/WPS 保存的 .docx 文件（.doc、.wps 请先另存为 .docx）。");
            return null;
        }
    }

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
