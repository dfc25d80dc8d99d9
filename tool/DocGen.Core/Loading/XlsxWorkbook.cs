using System.IO.Compression;
using DocGen.Diagnostics;
using DocumentFormat.OpenXml.Packaging;

namespace DocGen.Loading;

/// <summary>
/// One workbook of a set, opened once however many of its sheets the set reads. Its sheet list is read on
/// opening; shared strings and styles when the first sheet is read. A workbook that cannot be read is reported
/// once, by whichever step finds it.
/// </summary>
internal sealed class XlsxWorkbook : IDisposable
{
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string StrictRelationships = "http://purl.oclc.org/ooxml/officeDocument/relationships";

    private readonly FileStream _file;
    private readonly SpreadsheetDocument _document;
    private readonly WorkbookPart _part;
    private readonly List<(string Name, string Id)> _sheets;
    private XlsxCellText? _text;
    private bool _broken;

    private XlsxWorkbook(string displayPath, FileStream file, SpreadsheetDocument document, WorkbookPart part, List<(string, string)> sheets)
    {
        DisplayPath = displayPath;
        _file = file;
        _document = document;
        _part = part;
        _sheets = sheets;
    }

    public string DisplayPath { get; }

    /// <returns>The workbook, or null after reporting why it cannot be read.</returns>
    public static XlsxWorkbook? Open(string path, string displayPath, DiagnosticBag diagnostics)
    {
        FileStream? file = null;
        SpreadsheetDocument? document = null;
        try
        {
            // Excel keeps the workbook open for writing while the user edits; share it rather than fail.
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            RefuseLargeEntries(file);
            file.Position = 0;
            document = SpreadsheetDocument.Open(file, isEditable: false);
            var part = document.WorkbookPart
                ?? throw new WorkbookRejectedException(DiagnosticIds.WorkbookUnreadable, "工作簿中没有工作簿部件（xl/workbook.xml），请确认它是 Excel/WPS 保存的 .xlsx 文件。");
            // The SDK loads a part's relationships lazily and throws when one names a part the zip lacks: load them here,
            // where that is reported as an unreadable workbook, not later in Find or CellText.
            _ = part.Parts.Count();
            using var reader = XlsxPartReader.Open(part);
            return new XlsxWorkbook(displayPath, file, document, part, Sheets(reader));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A damaged package makes System.IO.Packaging and the SDK throw a variety of exceptions; all mean “unreadable”.
            Report(diagnostics, new SourceLocation(displayPath), e);
            document?.Dispose();
            file?.Dispose();
            return null;
        }
    }

    /// <summary>The first sheet, in workbook order, with one of the names; null when there is none.</summary>
    public (string Name, WorksheetPart Part)? Find(IReadOnlyList<string> names)
    {
        foreach (var (name, id) in _sheets)
            if (names.Contains(name))
                return _part.TryGetPartById(id, out var part) && part is WorksheetPart worksheet ? (name, worksheet) : null;
        return null;
    }

    /// <summary>How cells read, from the shared strings and styles; null when they cannot be read (reported once).</summary>
    public XlsxCellText? CellText(DiagnosticBag diagnostics)
    {
        if (_text is not null || _broken)
            return _text;
        try
        {
            var strings = Read(_part.SharedStringTablePart, XlsxSharedStrings.Read) ?? [];
            var dates = Read(_part.WorkbookStylesPart, XlsxDateStyles.Read) ?? XlsxDateStyles.None;
            return _text = new XlsxCellText(strings, dates);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _broken = true;
            Report(diagnostics, new SourceLocation(DisplayPath), e);
            return null;
        }
    }

    /// <summary>Reports why a workbook or one of its parts cannot be read, as one Chinese sentence.</summary>
    public static void Report(DiagnosticBag diagnostics, SourceLocation at, Exception e)
    {
        if (e is WorkbookRejectedException rejected)
            diagnostics.Error(rejected.Id, rejected.At ?? at, rejected.Message);
        else
            diagnostics.Error(DiagnosticIds.WorkbookUnreadable, at,
                $"无法读取工作簿：{e.Message.Trim().TrimEnd('.', '。')}。请确认它是 Excel/WPS 保存的 .xlsx 文件。");
    }

    public void Dispose()
    {
        _document.Dispose();
        _file.Dispose();
    }

    /// <summary>
    /// Refuses the workbook when an XML part declares it inflates past the limit, before anything parses it.
    /// System.IO.Compression stops an entry at its declared size, so the declaration is what a bomb must pass.
    /// Pictures and embedded files are never parsed and may be large.
    /// </summary>
    private static void RefuseLargeEntries(FileStream file)
    {
        using var zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
        foreach (var entry in zip.Entries)
            if (entry.Length > XlsxLimits.PartBytes
                && (entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)))
                throw new WorkbookRejectedException(DiagnosticIds.WorkbookPartTooLarge, BoundedPartStream.TooLarge(entry.FullName, entry.Length));
    }

    private static List<(string Name, string Id)> Sheets(XlsxPartReader workbook)
    {
        var sheets = new List<(string, string)>();
        while (workbook.Read())
            if (workbook.IsStart("sheet")
                && workbook.Xml.GetAttribute("name") is { } name
                && (workbook.Xml.GetAttribute("id", Relationships) ?? workbook.Xml.GetAttribute("id", StrictRelationships)) is { } id)
                sheets.Add((name, id));
        return sheets;
    }

    private static T? Read<T>(OpenXmlPart? part, Func<XlsxPartReader, T> read) where T : class
    {
        if (part is null)
            return null;
        using var reader = XlsxPartReader.Open(part);
        return read(reader);
    }
}
