using DocGen.Diagnostics;
using DocumentFormat.OpenXml;
using DocGen.Markdown;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MdTable = Markdig.Extensions.Tables.Table;

namespace DocGen.Docx;

/// <summary>
/// Walks the Markdown tree and hands each node to its renderer; unsupported syntax is reported (DG4001), never
/// silently dropped, and inline text goes through one <see cref="InlineFlattener"/>. Knows nothing of CSV or the
/// domain: only Markdown and style ids.
/// </summary>
internal sealed class DocxRenderer(DocxWriterState state, DiagnosticBag diagnostics, string sourcePath)
{
    private MarkdownSegment _segment = MarkdownSegment.Whole(new MarkdownDocument());
    private readonly HashSet<int> _restsTaken = [];
    private InlineFlattener? _inlines;

    public DocxWriterState State => state;

    /// <summary>What to add to a block's line for its line in the whole Markdown: the lines before its segment or chunk.</summary>
    public int LineOffset { get; set; }

    /// <summary>Writes one piece of the document; the writer's state carries over from the piece before.</summary>
    public void WriteSegment(MarkdownSegment segment)
    {
        (_segment, LineOffset) = (segment, segment.LineOffset);
        _restsTaken.Clear();
        WriteChildren(segment.Document);
        // A cut table that was not written as a table would lose its rows without a word.
        foreach (var line in segment.TableRests.Keys.Where(line => !_restsTaken.Contains(line)))
            throw new InvalidOperationException($"the rows cut from the table at line {line + 1} were not written");
    }

    /// <summary>The rows cut from a long table (<see cref="TableRest"/>), or null when the table is whole.</summary>
    public TableRest? RestOf(Block table)
    {
        var line = table.Line + LineOffset;
        if (!_segment.TableRests.TryGetValue(line, out var rest))
            return null;
        _restsTaken.Add(line);
        return rest;
    }

    public void WriteChildren(ContainerBlock container)
    {
        foreach (var block in container)
            Write(block);
    }

    public void Write(Block block)
    {
        if (block is not ParagraphBlock)
            state.RunIn = null;
        switch (block)
        {
            case HeadingBlock heading:
                HeadingRenderer.Write(this, heading);
                break;
            case ParagraphBlock paragraph:
                ParagraphRenderer.Write(this, paragraph);
                break;
            case MdTable table:
                TableRenderer.Write(this, table);
                break;
            case CustomContainer container:
                ContainerRenderer.Write(this, container);
                break;
            case ThematicBreakBlock:
                state.PageBreakPending = true;
                break;
            case LinkReferenceDefinitionGroup or BlankLineBlock:
                break;
            default:
                Report(block, DiagnosticIds.MarkdownUnsupported,
                    $"模板生成了公文不支持的 Markdown 结构（{block.GetType().Name}）：公文只用标题（##）、段落、表格和 ::: 容器；行首不要缩进四格，也不要写“1.”“-”“>”。");
                break;
        }
    }

    /// <summary>Adds a paragraph of a style; a pending page break lands on it.</summary>
    public Paragraph AddParagraph(string styleId, params OpenXmlElement[] extraProperties)
    {
        var properties = new ParagraphProperties(new ParagraphStyleId { Val = styleId });
        if (state.PageBreakPending)
        {
            properties.Append(new PageBreakBefore());
            state.PageBreakPending = false;
        }
        foreach (var extra in extraProperties)
            properties.Append(extra);
        var paragraph = new Paragraph(properties);
        state.Body.Add(paragraph);
        return paragraph;
    }

    /// <summary>"空一行": an empty paragraph on the same exact line (gbt9704.md §3.2 notes).</summary>
    public void BlankLines(int count)
    {
        for (var i = 0; i < count; i++)
            AddParagraph(StyleIds.Body);
    }

    /// <summary>Ends the current section with the given page setup; the next content starts a new page.</summary>
    public void EndSection(SectionProperties section)
    {
        if (state.Body.Last is not Paragraph last || last.ParagraphProperties?.SectionProperties is not null)
            last = AddParagraph(StyleIds.Body);
        last.ParagraphProperties!.Append(section);
        state.PageBreakPending = false;
    }

    /// <summary>The inline content as runs: soft line breaks join without a space (Chinese), hard ones break the line.</summary>
    public IEnumerable<OpenXmlElement> Runs(ContainerInline? inlines, string? characterStyle = null) =>
        Inlines.Pieces(inlines).Select(text => text is null ? new Run(new Break()) : TextRuns.Plain(text, characterStyle));

    /// <summary>Inline Markdown as text, reporting here what plain text cannot carry.</summary>
    public InlineFlattener Inlines => _inlines ??= new InlineFlattener(Report);

    public void Report(Block block, string id, string message) => Report(block.Line, id, message);

    /// <summary>Reports at an inline's line and column; Markdig counts both from zero.</summary>
    public void Report(Inline inline, string id, string message) => Report(inline.Line, id, message, inline.Column + 1);

    private void Report(int zeroBasedLine, string id, string message, int column = 1) =>
        diagnostics.Error(id, new SourceLocation(sourcePath, zeroBasedLine + LineOffset + 1, column), message);
}
