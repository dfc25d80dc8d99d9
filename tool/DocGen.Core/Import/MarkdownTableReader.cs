using System.Text;
using System.Text.RegularExpressions;
using DocGen.Diagnostics;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DocGen.Import;

/// <summary>
/// The pipe tables in a text copied from a website (<c>| 序号 | 工作任务 | 牵头单位 |</c>), read by Markdig as the
/// build reads its own Markdown. Websites break lines inside a cell with <c>&lt;p&gt;</c> or <c>&lt;br&gt;</c>; with
/// raw HTML off those arrive as text and become line breaks here.
/// </summary>
internal static partial class MarkdownTableReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();

    /// <returns>Each table with the 1-based lines it covers.</returns>
    public static IReadOnlyList<(int First, int Last, SourceTable Table)> Read(string text, string displayPath)
    {
        var tables = new List<(int, int, SourceTable)>();
        foreach (var table in Markdig.Markdown.Parse(text, Pipeline).Descendants<Table>())
        {
            var index = tables.Count + 1;
            var rows = new List<IReadOnlyList<SourceCell>>();
            foreach (var row in table.OfType<TableRow>())
            {
                var cells = row.OfType<TableCell>().Select((cell, c) => new SourceCell(
                    Text(cell), new SourceLocation(displayPath, cell.Line + 1, cell.Column + 1), index, rows.Count + 1, c + 1, 1, false));
                rows.Add(cells.ToList());
            }
            // Markdig's lines are 0-based (PITFALLS); the delimiter row under the header is part of the block.
            var last = (table.LastChild ?? table).Line;
            tables.Add((table.Line + 1, last + 1, new SourceTable(rows, new SourceLocation(displayPath, table.Line + 1, 1))));
        }
        return tables;
    }

    private static string Text(TableCell cell)
    {
        var text = new StringBuilder();
        foreach (var paragraph in cell.Descendants<ParagraphBlock>())
            foreach (var inline in paragraph.Inline?.Descendants<Inline>() ?? [])
                text.Append(inline switch
                {
                    LiteralInline literal => literal.Content.ToString(),
                    CodeInline code => code.Content,
                    LineBreakInline => "\n",
                    _ => "",
                });
        return HtmlBreak().Replace(text.ToString(), "\n").Trim();
    }

    [GeneratedRegex(@"</?p\s*/?>|<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlBreak();
}
