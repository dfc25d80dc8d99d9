using System.Text;
using DocGen.Diagnostics;
using DocGen.Docx;
using DocGen.Domain;
using DocGen.Markdown;
using DocGen.Pipeline;
using DocGen.Tests.Support;

namespace DocGen.Tests.Markdown;

/// <summary>
/// A document parsed a piece at a time, its long tables a chunk at a time, gives the same DOCX bytes and the same
/// diagnostics, at the same lines, as the document parsed whole.
/// </summary>
public sealed class SegmentedParsingTests
{
    // As small as they go: a piece ends wherever one may, and every table with more than two rows is cut.
    private static readonly MarkdownParser Finest = new(segmentChars: 1, tableChunkRows: 2);

    public static TheoryData<string> SampleDocuments()
    {
        var data = new TheoryData<string>();
        foreach (var name in SampleMarkdown.Value.Keys.Order(StringComparer.Ordinal))
            data.Add(name);
        return data;
    }

    private static readonly Lazy<Dictionary<string, string>> SampleMarkdown = new(() =>
    {
        using var temp = new TempFolder();
        var options = new BuildOptions(Repository.SampleSet, "data", Repository.Templates, "templates", temp["out"], "out", KeepMarkdown: true);
        var result = new BuildPipeline(options).Render();
        Assert.Empty(result.Diagnostics);
        return result.Documents.Where(d => d.FileName.EndsWith(".md", StringComparison.Ordinal))
            .ToDictionary(d => d.FileName, d => Encoding.UTF8.GetString(d.Content));
    });

    [Theory]
    [MemberData(nameof(SampleDocuments))]
    public void Every_sample_document_gives_the_same_bytes_parsed_in_the_finest_pieces(string name)
    {
        // Given a document of the sample set, as its template renders it
        var markdown = SampleMarkdown.Value[name];

        // When it is written from the whole tree and from the finest pieces
        var (whole, wholeDiagnostics) = WriteWhole(markdown);
        var (pieces, pieceDiagnostics) = WriteInPieces(markdown, Finest);

        // Then the packages are byte for byte the same
        Assert.Empty(wholeDiagnostics);
        Assert.Empty(pieceDiagnostics);
        Assert.NotNull(whole);
        Assert.Equal(whole, pieces);
    }

    [Fact]
    public void The_sample_task_table_is_really_cut_into_chunks()
    {
        // Given the sample's task table, dozens of rows inside an attachment container
        var markdown = SampleMarkdown.Value["任务分工表.md"];

        // When it is parsed in the finest pieces
        var segments = Finest.ParseInSegments(markdown).ToList();

        // Then the table keeps two rows in the tree and the rest is cut, in chunks of two rows
        var rest = Assert.Single(segments.SelectMany(s => s.TableRests.Values));
        var rows = rest.Rows().ToList();
        Assert.True(rows.Count > 20, $"{rows.Count} rows cut");
        Assert.Equal(rows.Count, rows.Select(r => r.Row.Line + r.LineOffset).Distinct().Count());
    }

    [Fact]
    public void A_problem_in_a_later_piece_or_a_cut_table_row_is_reported_at_its_line_in_the_whole_document()
    {
        // Given unsupported autolinks in a paragraph after the table (line 10) and in the table's sixth row (line 8)
        var markdown = string.Join("\n",
            "# 标题", "", "| 序号 | 任务 |", "|---|---|", "| 1 | 甲 |", "| 2 | 乙 |", "| 3 | 丙 |",
            "| 4 | <https://example.com/row> |", "", "见 <https://example.com/text>。", "");

        // When it is written whole, in the finest pieces, and in one piece with the table cut
        var (_, whole) = WriteWhole(markdown);
        var (_, pieces) = WriteInPieces(markdown, Finest);
        var (_, cut) = WriteInPieces(markdown, new MarkdownParser(tableChunkRows: 2));

        // Then all report the same two problems at the same lines
        Assert.Equal([8, 10], whole.Select(d => d.Location!.Line).Order());
        Assert.Equal(whole.Select(d => d.ToString()), pieces.Select(d => d.ToString()));
        Assert.Equal(whole.Select(d => d.ToString()), cut.Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("a reference link whose definition is in another piece", "# 标题\n\n见[通知][n]。\n\n正文。\n\n[n]: https://example.com\n")]
    [InlineData("a code fence holding blank lines and table rows", "# 标题\n\n```\n| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n| 5 | 6 |\n\n正文\n```\n\n正文。\n")]
    [InlineData("nested containers with blank lines", "# 标题\n\n::: attachment\n附件\n\n:::: signature\n单位\n\n2023年1月1日\n::::\n\n| 序号 | 任务 |\n|---|---|\n| 1 | 甲 |\n| 2 | 乙 |\n| 3 | 丙 |\n:::\n\n正文。\n")]
    [InlineData("a table that ends at a line without a pipe", "# 标题\n\n| 序号 | 任务 |\n|---|---|\n| 1 | 甲 |\n| 2 | 乙 |\n| 3 | 丙 |\n4 | 丁\n\n正文。\n")]
    [InlineData("a table that a paragraph runs into", "正文\n| 序号 | 任务 |\n|---|---|\n| 1 | 甲 |\n| 2 | 乙 |\n| 3 | 丙 |\n\n正文。\n")]
    public void Markdown_whose_blocks_reach_across_blank_lines_gives_the_same_result(string what, string markdown)
    {
        // Given Markdown where a naive cut at a blank line or a table row would change the blocks (what)
        // When it is written whole and in the finest pieces
        var (whole, wholeDiagnostics) = WriteWhole(markdown);
        var (pieces, pieceDiagnostics) = WriteInPieces(markdown, Finest);

        // Then the result is the same: the same bytes, or the same problems at the same lines
        Assert.True(whole is null == pieces is null, what);
        if (whole is not null)
            Assert.Equal(whole, pieces);
        Assert.Equal(wholeDiagnostics.Select(d => d.ToString()), pieceDiagnostics.Select(d => d.ToString()));
    }

    private static (byte[]? Docx, IReadOnlyList<Diagnostic> Diagnostics) WriteWhole(string markdown)
    {
        var diagnostics = new DiagnosticBag();
        return (new DocxDocumentWriter(FontMap.Standard).Write(new MarkdownParser().Parse(markdown), "x.md", diagnostics), diagnostics.Items);
    }

    private static (byte[]? Docx, IReadOnlyList<Diagnostic> Diagnostics) WriteInPieces(string markdown, MarkdownParser parser)
    {
        var diagnostics = new DiagnosticBag();
        return (new DocxDocumentWriter(FontMap.Standard).Write(parser.ParseInSegments(markdown), "x.md", diagnostics), diagnostics.Items);
    }
}
