using System.IO.Compression;
using System.Security;
using System.Text;

namespace DocGen.Tests.Loading;

/// <summary>
/// Writes a workbook part by part as raw XML through <see cref="ZipArchive"/>, so a test can make it as hostile as an
/// attacker would: parts too large, too deep, or pointing far outside the sheet. The Open XML SDK would refuse to
/// write most of them.
/// </summary>
internal static class HostileWorkbook
{
    public const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <param name="sheet">Writes the worksheet part whole, root element included.</param>
    /// <param name="sharedStrings">Writes the shared string part whole; null leaves it out.</param>
    public static void Write(string path, string sheetName, Action<TextWriter> sheet, Action<TextWriter>? sharedStrings = null)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        Part(zip, "[Content_Types].xml", w => w.Write(
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
            + "</Types>"));
        Part(zip, "_rels/.rels", w => w.Write(
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "</Relationships>"));
        Part(zip, "xl/workbook.xml", w => w.Write(
            $"<workbook xmlns=\"{Main}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + $"<sheets><sheet name=\"{SecurityElement.Escape(sheetName)}\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
        Part(zip, "xl/_rels/workbook.xml.rels", w => w.Write(
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + (sharedStrings is null ? "" : "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>")
            + "</Relationships>"));
        Part(zip, "xl/worksheets/sheet1.xml", sheet);
        if (sharedStrings is not null)
            Part(zip, "xl/sharedStrings.xml", sharedStrings);
    }

    /// <summary>The rows of a CSV file as sheet rows of inline strings, A1 onwards.</summary>
    public static void Rows(TextWriter writer, string csv)
    {
        var lines = File.ReadAllLines(csv).Where(l => l.Length > 0).ToList();
        for (var r = 0; r < lines.Count; r++)
        {
            writer.Write($"<row r=\"{r + 1}\">");
            var cells = lines[r].Split(',');
            for (var c = 0; c < cells.Length; c++)
                writer.Write($"<c r=\"{(char)('A' + c)}{r + 1}\" t=\"inlineStr\"><is><t>{SecurityElement.Escape(cells[c])}</t></is></c>");
            writer.Write("</row>");
        }
    }

    /// <summary>A worksheet holding the CSV's rows, then whatever <paramref name="afterRows"/> and <paramref name="afterData"/> add.</summary>
    public static Action<TextWriter> Sheet(string csv, Action<TextWriter>? afterRows = null, Action<TextWriter>? afterData = null) => w =>
    {
        w.Write($"<worksheet xmlns=\"{Main}\"><sheetData>");
        Rows(w, csv);
        afterRows?.Invoke(w);
        w.Write("</sheetData>");
        afterData?.Invoke(w);
        w.Write("</worksheet>");
    };

    private static void Part(ZipArchive zip, string name, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(false), 1 << 16);
        write(writer);
    }
}
