using System.Xml;
using DocGen.Diagnostics;
using DocumentFormat.OpenXml.Packaging;

namespace DocGen.Loading;

/// <summary>
/// Reads one worksheet of a workbook an office keeps instead of CSV files: shared and inline strings, numbers,
/// dates stored as serial numbers, and merged cells (a merged 类别 or 项目 means “same as above”). The sheet is
/// streamed once; what it may claim is bounded by <see cref="XlsxLimits"/>.
/// </summary>
internal sealed class XlsxTableLoader(DiagnosticBag diagnostics)
{
    /// <param name="found">False when the workbook has no sheet of those names (not an error).</param>
    /// <returns>The sheet as a table; null when there is no such sheet or it cannot be read (reported).</returns>
    public InputTable? Load(XlsxWorkbook workbook, IReadOnlyList<string> sheetNames, IReadOnlyList<string> requiredColumns, out bool found)
    {
        found = false;
        if (workbook.Find(sheetNames) is not var (name, part))
            return null;
        found = true;
        if (workbook.CellText(diagnostics) is not { } text)
            return null;

        var at = new SourceLocation(workbook.DisplayPath) { Sheet = name };
        XlsxSheet sheet;
        try
        {
            using var reader = XlsxPartReader.Open(part);
            sheet = XlsxSheetReader.Read(reader, text, at);
            XlsxMergedCells.Fill(sheet, at);
        }
        // Our own limits, and XML or zip data that does not parse: each is reported at the sheet.
        catch (Exception e) when (e is WorkbookRejectedException or XmlException or InvalidDataException or IOException or OpenXmlPackageException)
        {
            XlsxWorkbook.Report(diagnostics, at, e);
            return null;
        }
        return TableAssembler.Assemble(workbook.DisplayPath, name, sheet.Records(), requiredColumns, diagnostics);
    }
}
