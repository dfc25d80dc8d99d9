using DocGen.Diagnostics;
using DocGen.Pipeline;
using DocGen.Tests.Support;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocGen.Tests.Docx;

/// <summary>
/// The manifest's <c>版头</c>: the office's own 版头 from its .docx, its images copied, DocGen's 发文字号 in place of
/// the one found there, nothing of the rest of that document taken, and the rest of the notice as without it.
/// </summary>
public sealed class OfficeHeaderTests
{
    public static string Fixture => Path.Combine(Repository.Root, "tests", "fixtures", "office-header", "红头.docx");

    [Fact]
    public void The_notice_carries_the_header_s_image_and_its_own_number()
    {
        using var temp = new TempFolder();
        using var notice = new DocxReader(BuildWithHeader(temp, "印发通知.docx"));

        // The emblem is a part of the notice, byte for byte the fixture's
        var image = Assert.Single(notice.Package.MainDocumentPart!.ImageParts);
        Assert.Equal(FixtureImage(), Read(image));
        var blip = notice.Body.Descendants<DocumentFormat.OpenXml.Drawing.Blip>().Single();
        Assert.Equal(notice.Package.MainDocumentPart.GetIdOfPart(image), blip.Embed!.Value);
        // DocGen's number in place of the placeholder, the condensed red 标志 as the office made it
        Assert.Contains("威政办〔2023〕1号", notice.Paragraphs);
        Assert.DoesNotContain(notice.Paragraphs, p => p.Contains("00号", StringComparison.Ordinal));
        var mark = notice.Body.Descendants<Run>().First(r => r.InnerText == "威县人民政府办公室文件");
        Assert.Equal((74, "FF0000", "108"), (mark.RunProperties!.CharacterScale!.Val!.Value, mark.RunProperties.Color!.Val!.Value, mark.RunProperties.FontSize!.Val!.Value));
        // nothing below the header's red line, and not DocGen's own 标志
        Assert.DoesNotContain(notice.Paragraphs, p => p.Contains("××××", StringComparison.Ordinal) || p.Contains("正文示例", StringComparison.Ordinal));
        Assert.Empty(notice.ParagraphsWithStyle("GwRedHead"));
        var errors = notice.ValidationErrors();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Below_the_header_the_notice_is_the_one_built_without_it_and_other_documents_have_no_image()
    {
        using var temp = new TempFolder();
        var withHeader = BuildWithHeader(temp, "印发通知.docx");
        var plain = SampleBuild.Build(Repository.SampleSet, temp["plain"]);
        Assert.True(plain.Succeeded, SampleBuild.Errors(plain));

        using var a = new DocxReader(withHeader);
        using var b = new DocxReader(Path.Combine(temp["plain"], "印发通知.docx"));
        Assert.Equal(AfterRedLine(b.Body, isOwn: true), AfterRedLine(a.Body, isOwn: false));
        using var plan = new DocxReader(Path.Combine(Path.GetDirectoryName(withHeader)!, "实施方案.docx"));
        Assert.Empty(plan.Package.MainDocumentPart!.ImageParts);
    }

    [Fact]
    public void The_same_header_gives_the_same_bytes()
    {
        using var temp = new TempFolder();
        var first = File.ReadAllBytes(BuildWithHeader(temp, "印发通知.docx", "a"));
        var second = File.ReadAllBytes(BuildWithHeader(temp, "印发通知.docx", "b"));
        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("没有这个.docx", null, DiagnosticIds.OfficeHeaderMissing, "找不到版头文件“没有这个.docx”")]
    [InlineData("../红头.docx", null, DiagnosticIds.OfficeHeaderMissing, "不在文件集目录中")]
    [InlineData("红头.doc", "copy", DiagnosticIds.OfficeHeaderUnreadable, "应为 Word 文档（.docx）或模板（.dotx）")]
    [InlineData("红头.docx", "text", DiagnosticIds.OfficeHeaderUnreadable, "无法作为 Word 文档读取")]
    [InlineData("红头.docx", "no-line", DiagnosticIds.OfficeHeaderNoRedLine, "找不到红色分隔线")]
    [InlineData("红头.docx", "no-number", DiagnosticIds.OfficeHeaderNoNumber, "找不到发文字号")]
    public void A_header_that_cannot_be_used_is_an_error_at_the_manifest_value(string name, string? content, string id, string message)
    {
        using var set = new SetEditor();
        File.Copy(Fixture, Path.Combine(Path.GetDirectoryName(set.Folder)!, "红头.docx"));
        switch (content)
        {
            case "copy": File.Copy(Fixture, set.PathOf(name)); break;
            case "text": File.WriteAllText(set.PathOf(name), "这不是 Word 文档"); break;
            case "no-line": WriteDocx(set.PathOf(name), new Paragraph(new Run(new Text("威政办〔2023〕1号")))); break;
            case "no-number": WriteDocx(set.PathOf(name), RedLine()); break;
        }
        set.Append("manifest.yaml", $"版头: {name}");
        var line = set.LineOf("manifest.yaml", "版头:");

        var result = new BuildPipeline(new BuildOptions(set.Folder, "set", Repository.Templates, "templates", set.PathOf("out"), "out")).Render();

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((id, "set/manifest.yaml", line, 5), (error.Id, error.Location!.Path, error.Location.Line, error.Location.Column));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_number_split_over_runs_and_a_drawn_line_are_found()
    {
        using var set = new SetEditor();
        // 〔2023〕 in its own runs, as Word writes it when the digits' font differs, and a red drawn line
        WriteDocx(set.PathOf("红头.docx"),
            new Paragraph(new Run(new Text("威政办〔")), new Run(new RunProperties(new Bold()), new Text("2023")), new Run(new Text("〕×号"))),
            new Paragraph(new Run(new Picture(new DocumentFormat.OpenXml.Vml.Line { From = "0,0", To = "440pt,0", StrokeColor = "#FF0000" }))));
        set.Append("manifest.yaml", "版头: 红头.docx");
        var result = SampleBuild.Build(set.Folder, set.PathOf("out"));
        Assert.True(result.Succeeded, SampleBuild.Errors(result));
        using var notice = new DocxReader(set.PathOf("out/印发通知.docx"));
        var number = notice.Body.Elements<Paragraph>().First();
        Assert.Equal("威政办〔2023〕1号", number.InnerText);
        Assert.Equal("威政办〔2023〕1号", number.Elements<Run>().First().InnerText);
    }

    [Fact]
    public void A_dotx_template_gives_the_header_too()
    {
        using var set = new SetEditor();
        WriteDocx(set.PathOf("红头.dotx"), DocumentFormat.OpenXml.WordprocessingDocumentType.Template,
            new Paragraph(new Run(new Text("威政办〔××××〕×号"))), RedLine());
        set.Append("manifest.yaml", "版头: 红头.dotx");
        var result = SampleBuild.Build(set.Folder, set.PathOf("out"));
        Assert.True(result.Succeeded, SampleBuild.Errors(result));
        using var notice = new DocxReader(set.PathOf("out/印发通知.docx"));
        Assert.Equal("威政办〔2023〕1号", notice.Paragraphs[0]);
        Assert.Equal("FF0000", notice.Body.Elements<Paragraph>().ElementAt(1).ParagraphProperties!.ParagraphBorders!.BottomBorder!.Color!.Value);
    }

    private static string BuildWithHeader(TempFolder temp, string document, string name = "set")
    {
        var set = temp[name];
        Repository.CopyFolder(Repository.SampleSet, set);
        File.Copy(Fixture, Path.Combine(set, "红头.docx"));
        File.AppendAllText(Path.Combine(set, "manifest.yaml"), "版头: 红头.docx\n");
        var result = SampleBuild.Build(set, Path.Combine(set, "out"));
        Assert.True(result.Succeeded, SampleBuild.Errors(result));
        return Path.Combine(set, "out", document);
    }

    /// <summary>The body's XML after the 版头's red line: DocGen's own (style GwRedLine) or the office's (a red bottom border).</summary>
    private static List<string> AfterRedLine(Body body, bool isOwn)
    {
        var elements = body.ChildElements.ToList();
        var line = elements.FindIndex(e => e is Paragraph p && (isOwn
            ? p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "GwRedLine"
            : p.ParagraphProperties?.ParagraphBorders?.BottomBorder?.Color?.Value == "FF0000"));
        Assert.True(line >= 0);
        return elements.Skip(line + 1).Select(e => e.OuterXml).ToList();
    }

    private static byte[] FixtureImage()
    {
        using var fixture = WordprocessingDocument.Open(Fixture, false);
        return Read(fixture.MainDocumentPart!.ImageParts.First());
    }

    private static byte[] Read(OpenXmlPart part)
    {
        using var stream = part.GetStream();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static Paragraph RedLine() => new(new ParagraphProperties(new ParagraphBorders(
        new BottomBorder { Val = BorderValues.Single, Size = 12, Color = "FF0000" })));

    private static void WriteDocx(string path, params OpenXmlElement[] body) =>
        WriteDocx(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document, body);

    private static void WriteDocx(string path, DocumentFormat.OpenXml.WordprocessingDocumentType type, params OpenXmlElement[] body)
    {
        using var document = WordprocessingDocument.Create(path, type);
        document.AddMainDocumentPart().Document = new Document(new Body(body));
    }
}
