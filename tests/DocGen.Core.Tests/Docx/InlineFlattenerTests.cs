using System.Text;
using DocGen.Diagnostics;
using DocGen.Docx;
using DocGen.Domain;
using DocGen.Markdown;
using DocGen.Pipeline;
using DocGen.Tests.Support;

namespace DocGen.Tests.Docx;

/// <summary>
/// Inline Markdown that plain text cannot carry, in the places that print inline text: each is reported (DG4001) at
/// its line and column in the Markdown, and the document is not written; plain text prints as before.
/// </summary>
public sealed class InlineFlattenerTests
{
    private const string Signature = "::: signature\n威县人民政府\n\n2023年1月19日\n:::\n";
    private const string Table = "| 序号 | 任务 |\n|---|---|\n| 1 | 落实检查制度 |\n";

    [Theory]
    [InlineData("# 关于**印发**方案的通知\n", "**")] // a title, broken by DocGen
    [InlineData("# 题\n\n## 工作[要求](https://example.org)\n", "[")] // a numbered heading: the link's target
    [InlineData("# 题\n\n" + "| 序号 | 任务 |\n|---|---|\n| 1 | 落实`检查`制度 |\n", "`")] // a table cell
    [InlineData("# 题\n\n::: signature\n威县![章](seal.png)人民政府\n\n2023年1月19日\n:::\n", "![")] // a signer
    [InlineData("# 题\n\n::: colophon\n抄送：*县委办*。\n\n威县人民政府办公室\n2023年1月19日印发\n:::\n", "*")] // the 版记
    [InlineData("# 题\n\n正文见<https://example.org>。\n", "<")] // an autolink in the body
    [InlineData("# 题\n\n::: attachment\n附件\n\n关于印发方案\\\n的通知\n:::\n", "\\")] // a hard line break in an attachment's title
    public void Reports_what_plain_text_cannot_carry_at_its_line_and_column(string markdown, string marker)
    {
        // Given Markdown with one inline that plain text cannot carry, and where it is
        var lines = markdown.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains(marker, StringComparison.Ordinal) && !l.StartsWith("|-", StringComparison.Ordinal));
        var column = lines[line].IndexOf(marker, StringComparison.Ordinal) + 1;

        // When it is written
        var diagnostics = new DiagnosticBag();
        var bytes = new DocxDocumentWriter(FontMap.Standard).Write(new MarkdownParser().Parse(markdown), "out/实施方案.md", diagnostics);

        // Then it is reported once, at the inline, and no document is made
        Assert.Null(bytes);
        var error = Assert.Single(diagnostics.Items);
        Assert.StartsWith($"out/实施方案.md({line + 1},{column}): error DG4001: ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_inline_in_the_rows_cut_from_a_long_table_is_reported_at_its_line_in_the_whole_Markdown()
    {
        // Given a table parsed two rows at a time, whose sixth row carries code, and where that is
        var rows = Enumerable.Range(1, 8).Select(i => i == 6 ? $"| {i} | 落实`检查`制度 |" : $"| {i} | 任务{i} |");
        var markdown = "# 题\n\n| 序号 | 任务 |\n|---|---|\n" + string.Join("\n", rows) + "\n";
        var lines = markdown.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains('`', StringComparison.Ordinal));

        // When it is written in pieces
        var diagnostics = new DiagnosticBag();
        new DocxDocumentWriter(FontMap.Standard).Write(new MarkdownParser(tableChunkRows: 2).ParseInSegments(markdown), "doc.md", diagnostics);

        // Then the code is reported once, at its line and column
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(new SourceLocation("doc.md", line + 1, lines[line].IndexOf('`', StringComparison.Ordinal) + 1), error.Location);
    }

    [Fact]
    public void A_template_with_such_inlines_in_a_title_a_table_cell_and_the_signature_is_reported_in_its_kept_Markdown()
    {
        // Given the default templates and one more whose title, table cell and signer carry emphasis, a link and code
        using var temp = new TempFolder();
        Repository.CopyFolder(Repository.Templates, temp["t"]);
        File.WriteAllText(Path.Combine(temp["t"], "督查通报.md.hbs"), """
            {{!--
            文件: 督查通报.docx
            份数: 一份
            模型: set
            --}}
            # {{Issuer}}关于督查情况的**通报**

            | 单位 | 情况 |
            |---|---|
            | {{Issuer}} | 已[整改](https://example.org) |

            ::: signature
            {{Issuer}}`办`

            {{SignDate}}
            :::

            """);

        // When the sample set is checked with them, keeping the Markdown
        var result = new BuildPipeline(new BuildOptions(Repository.SampleSet, "set", temp["t"], "t", temp["out"], "out", KeepMarkdown: true)).Render();

        // Then each is reported at its line and column in the kept 督查通报.md, and nothing else is
        var markdown = Encoding.UTF8.GetString(result.Documents.Single(d => d.FileName == "督查通报.md").Content).Split('\n');
        (string, string?) Where(string marker)
        {
            var line = Array.FindIndex(markdown, l => l.Contains(marker, StringComparison.Ordinal));
            return (DiagnosticIds.MarkdownUnsupported, $"{Path.Combine("out", "督查通报.md")}({line + 1},{markdown[line].IndexOf(marker, StringComparison.Ordinal) + 1})");
        }
        Assert.Equal([Where("**"), Where("["), Where("`")], result.Diagnostics.Select(d => (d.Id, d.Location?.ToString())));
    }

    [Fact]
    public void Plain_text_with_escapes_and_entities_prints_in_title_heading_table_signature_and_colophon()
    {
        // Given plain text everywhere inline text is printed, with escaped Markdown punctuation and an entity
        var markdown = "# 关于印发\\*方案\\*的通知\n\n## 工作要求 &amp; 目标\n\n" + Table + "\n" + Signature
            + "\n::: colophon\n抄送：县委办。\n\n威县人民政府办公室\n2023年1月19日印发\n:::\n";

        // When it is written
        var diagnostics = new DiagnosticBag();
        var bytes = new DocxDocumentWriter(FontMap.Standard).Write(new MarkdownParser().Parse(markdown), "doc.md", diagnostics);

        // Then nothing is reported and every piece of text is printed as written
        Assert.Empty(diagnostics.Items);
        using var temp = new TempFolder();
        File.WriteAllBytes(temp["d.docx"], bytes!);
        using var docx = new DocxReader(temp["d.docx"]);
        Assert.Contains("关于印发*方案*的通知", docx.Paragraphs);
        Assert.Contains("一、工作要求 & 目标", docx.Paragraphs);
        Assert.Contains("落实检查制度", docx.Text);
        Assert.Contains("威县人民政府", docx.Paragraphs);
        Assert.Contains("2023年1月19日", docx.Paragraphs);
        Assert.Contains("威县人民政府办公室2023年1月19日印发", docx.Text); // office and date parted by a tab
        Assert.Empty(docx.ValidationErrors());
    }

    [Fact]
    public void Measured_text_is_the_printed_text_and_reports_nothing()
    {
        // Given a paragraph with emphasis, code, an entity and both kinds of line break
        var document = new MarkdownParser().Parse("县*委*办`一`&amp;\n二\\\n三\n");
        var inline = ((Markdig.Syntax.ParagraphBlock)document[0]).Inline;
        var reported = new List<string>();
        var flattener = new InlineFlattener((_, id, _) => reported.Add(id));

        // When it is measured and printed
        var text = InlineFlattener.Text(inline);
        var printed = flattener.Pieces(inline).ToList();

        // Then the measure is the printed text with its line breaks joined, and only printing reports
        Assert.Equal("县委办一&二三", text);
        Assert.Equal(text, string.Concat(printed));
        Assert.Equal(1, printed.Count(p => p is null));
        Assert.Equal([DiagnosticIds.MarkdownUnsupported, DiagnosticIds.MarkdownUnsupported], reported);
    }
}
