using DocGen.Diagnostics;
using DocGen.Docx;
using DocGen.Domain;
using DocGen.Markdown;
using DocGen.Tests.Support;

namespace DocGen.Tests.Docx;

/// <summary>Markdown the templates might produce, straight into the DOCX writer.</summary>
public sealed class MarkdownRenderingTests
{
    [Theory]
    [InlineData("# 标题\n\n- 列表项\n", 3)]
    [InlineData("# 标题\n\n> 引用\n", 3)]
    [InlineData("# 标题\n\n    缩进四格成了代码\n", 3)]
    [InlineData("::: recipient\n| 表 |\n|---|\n| 格 |\n:::\n", 2)]
    public void Reports_syntax_a_document_cannot_carry_at_its_line(string markdown, int line)
    {
        var diagnostics = new DiagnosticBag();
        var bytes = new DocxDocumentWriter(FontMap.Standard).Write(new MarkdownParser().Parse(markdown), "doc.md", diagnostics);
        Assert.Null(bytes);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal((DiagnosticIds.MarkdownUnsupported, line), (error.Id, error.Location!.Line));
    }

    [Fact]
    public void Reports_an_unknown_container()
    {
        var diagnostics = new DiagnosticBag();
        new DocxDocumentWriter(FontMap.Standard).Write(new MarkdownParser().Parse("::: stamp\n印\n:::\n"), "doc.md", diagnostics);
        Assert.Equal(DiagnosticIds.MarkdownUnknownBlock, Assert.Single(diagnostics.Items).Id);
    }

    [Fact]
    public void Run_in_heading_continues_with_the_next_paragraph_and_keeps_its_phrase_style()
    {
        var diagnostics = new DiagnosticBag();
        var bytes = new DocxDocumentWriter(FontMap.Standard).Write(
            new MarkdownParser().Parse("# 题\n\n## 总体要求\n\n### 加强组织领导。 {.runin}\n\n成立领导小组。\n"), "doc.md", diagnostics);
        using var temp = new TempFolder();
        File.WriteAllBytes(temp["d.docx"], bytes!);
        using var docx = new DocxReader(temp["d.docx"]);
        Assert.Contains("（一）加强组织领导。成立领导小组。", docx.Paragraphs);
        Assert.Contains("一、总体要求", docx.Paragraphs);
        Assert.Empty(docx.ValidationErrors());
    }
}
