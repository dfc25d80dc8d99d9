using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocGen.Tests.Import;

/// <summary>Word files built the way offices build them, for the forms and the damage the real samples lack.</summary>
internal static class WordFixture
{
    /// <summary>A .docx whose body is <paramref name="blocks"/>: strings become paragraphs, tables stay tables.</summary>
    public static void Write(string path, params OpenXmlElement[] blocks)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.Document = new Document(new Body(blocks));
    }

    public static Paragraph Paragraph(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    /// <summary>A row of cells; a cell written <c>^</c> continues the merged cell above (w:vMerge), <c>^text</c> starts one.</summary>
    public static TableRow Row(params string[] cells) => new(cells.Select(Cell));

    /// <summary>A row that is one cell across <paramref name="width"/> grid columns, as a group row is.</summary>
    public static TableRow GroupRow(string text, int width) =>
        new(new TableCell(new TableCellProperties(new GridSpan { Val = width }), Paragraph(text)));

    public static Table Table(params TableRow[] rows) => new(rows);

    /// <summary>Replaces word/document.xml with <paramref name="xml"/>, as a hostile or damaged file would have it.</summary>
    public static void ReplaceDocumentXml(string path, string xml)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        zip.GetEntry("word/document.xml")!.Delete();
        using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
        writer.Write(xml);
    }

    private static TableCell Cell(string text)
    {
        if (!text.StartsWith('^'))
            return new TableCell(Paragraph(text));
        var merge = text.Length == 1 ? new VerticalMerge() : new VerticalMerge { Val = MergedCellValues.Restart };
        return new TableCell(new TableCellProperties(merge), Paragraph(text.Length == 1 ? "" : text[1..]));
    }
}
