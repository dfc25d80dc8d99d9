using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocGen.Tests.Support;

/// <summary>Opens a produced DOCX the way a reviewer would: its paragraphs, tables and validation errors.</summary>
public sealed class DocxReader : IDisposable
{
    private readonly WordprocessingDocument _document;

    public DocxReader(string path) => _document = WordprocessingDocument.Open(path, isEditable: false);

    public Body Body => _document.MainDocumentPart!.Document!.Body!;

    public WordprocessingDocument Package => _document;

    /// <summary>Top-level paragraphs (not those inside tables), as plain text.</summary>
    public IReadOnlyList<string> Paragraphs => Body.Elements<Paragraph>().Select(p => p.InnerText).ToList();

    public IReadOnlyList<Paragraph> ParagraphsWithStyle(string styleId) => Body.Elements<Paragraph>()
        .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == styleId).ToList();

    public IReadOnlyList<Table> Tables => Body.Descendants<Table>().ToList();

    /// <summary>
    /// The 任务分工表 as one list: its column headings, then the task rows of every group's table in order, without
    /// the rows that head each group's table (headings again, <c>一、基础工作</c>).
    /// </summary>
    public IReadOnlyList<TableRow> TaskTableRows()
    {
        var tables = Tables.Where(t => t.Elements<TableRow>().FirstOrDefault() is { } first && RowTexts(first).Contains("工作任务")).ToList();
        return tables.Count == 0 ? [] :
            [tables[0].Elements<TableRow>().First(), .. tables.SelectMany(t => t.Elements<TableRow>().Where(r => !IsHeader(r)))];
    }

    /// <summary>The group rows of the 任务分工表 (<c>一、基础工作</c>), one per group's table.</summary>
    public IReadOnlyList<string> TaskTableGroups() =>
        Tables.SelectMany(t => t.Elements<TableRow>().Where(IsHeader).Where(r => r.Elements<TableCell>().Count() == 1)).Select(r => r.InnerText).ToList();

    private static bool IsHeader(TableRow row) => row.TableRowProperties?.GetFirstChild<TableHeader>() is not null;

    public string Text => string.Join("\n", Body.Descendants<Paragraph>().Select(p => p.InnerText));

    public IReadOnlyList<string> ValidationErrors() => new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019)
        .Validate(_document)
        .Select(e => $"{e.Path?.XPath}: {e.Description}")
        .ToList();

    public static IReadOnlyList<string> RowTexts(TableRow row) => row.Elements<TableCell>().Select(c => c.InnerText).ToList();

    public void Dispose() => _document.Dispose();
}
