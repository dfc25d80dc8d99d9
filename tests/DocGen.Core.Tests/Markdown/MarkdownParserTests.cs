using DocGen.Diagnostics;
using DocGen.Docx;
using DocGen.Domain;
using DocGen.Markdown;

namespace DocGen.Tests.Markdown;

/// <summary>One parser serves a whole build: what it parsed before never changes what it parses next.</summary>
public sealed class MarkdownParserTests
{
    private const string Notice = "# 关于印发方案的通知\n\n::: recipient\n各乡镇人民政府：\n:::\n\n现印发给你们。\n\n"
        + "::: attachment landscape merge=类别\n附件\n\n分工表\n\n| 类别 | 任务 | 时限 |\n|---|---|:---:|\n| 基础工作 | 建立机制 | 2023年6月30日前 |\n| 基础工作 | 落实制度 | 2023年12月底前 |\n:::\n";

    private const string Report = "# 县教育局关于自查情况的报告\n\n## 工作开展情况 {.continuous}\n\n已完成。\n\n::: signature\n县教育局\n\n2023年1月19日\n:::\n";

    [Fact]
    public void A_parser_used_for_earlier_documents_writes_a_document_as_a_fresh_parser_does()
    {
        // Given one parser that has already parsed other documents, in pieces and whole
        var shared = new MarkdownParser();
        Write(shared.ParseInSegments(Report));
        Write([MarkdownSegment.Whole(shared.Parse(Notice))]);

        // When it parses the notice again
        var again = Write(shared.ParseInSegments(Notice));

        // Then the document is byte for byte the one a new parser gives
        Assert.Equal(Write(new MarkdownParser().ParseInSegments(Notice)), again);
    }

    private static byte[] Write(IEnumerable<MarkdownSegment> segments)
    {
        var diagnostics = new DiagnosticBag();
        var bytes = new DocxDocumentWriter(FontMap.Standard, new DateOnly(2023, 1, 19)).Write(segments, "x.md", diagnostics);
        Assert.Empty(diagnostics.Items);
        return bytes!;
    }
}
