using DocGen.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DocGen.Docx;

/// <summary>
/// The one way inline Markdown becomes the plain text a document prints (GB/T 9704 has no bold, italics, links or
/// pictures in the text). What plain text cannot carry is reported (DG4001) at its line and column, never dropped
/// without a word: emphasis and code whose formatting would be lost, a link's target, an image, raw HTML.
/// A soft line break joins without a space (Chinese); a hard one is a line break, null among the pieces.
/// </summary>
/// <param name="report">Reports a problem at an inline's position in the Markdown.</param>
internal sealed class InlineFlattener(Action<Inline, string, string> report)
{
    /// <summary>The pieces to print, null standing for a line break; with <paramref name="softBreaks"/> a soft break is one too.</summary>
    public IEnumerable<string?> Pieces(ContainerInline? inlines, bool softBreaks = false) => Walk(inlines, report, softBreaks);

    /// <summary>Text printed on lines DocGen breaks itself (a title): a hard line break there is reported, and joins.</summary>
    public string Line(ContainerInline? inlines)
    {
        var pieces = new List<string>();
        foreach (var piece in Pieces(inlines))
            pieces.Add(piece ?? "");
        foreach (var hard in inlines?.Descendants<LineBreakInline>().Where(b => b.IsHard) ?? [])
            report(hard, DiagnosticIds.MarkdownUnsupported, "标题中不能强制换行（行末的两个空格或“\\”）：标题由 DocGen 按词断行，请去掉。");
        return string.Concat(pieces);
    }

    /// <summary>
    /// The text alone, line breaks joined, without reporting: for measuring text that <see cref="Pieces"/> prints
    /// (and reports) elsewhere, such as a table cell or a signature line.
    /// </summary>
    public static string Text(ContainerInline? inlines) =>
        inlines?.FirstChild is LiteralInline { NextSibling: null } only
            ? only.Content.ToString() // the common case, a cell or title of one piece of text
            : string.Concat(Walk(inlines, null, softBreaks: false));

    private static IEnumerable<string?> Walk(ContainerInline? inlines, Action<Inline, string, string>? report, bool softBreaks)
    {
        if (inlines is null)
            yield break;
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    yield return literal.Content.ToString();
                    break;
                case HtmlEntityInline entity:
                    yield return entity.Transcoded.ToString();
                    break;
                case LineBreakInline { IsHard: true }:
                    yield return null;
                    break;
                case LineBreakInline:
                    if (softBreaks)
                        yield return null;
                    break;
                case CodeInline code:
                    report?.Invoke(code, DiagnosticIds.MarkdownUnsupported, $"公文不用代码格式，“`{code.Content}`”的反引号请去掉。");
                    yield return code.Content;
                    break;
                case LinkInline { IsImage: true } image:
                    report?.Invoke(image, DiagnosticIds.MarkdownUnsupported, $"公文中不能插入图片（“{image.Url}”）。");
                    break;
                case LinkInline link:
                    report?.Invoke(link, DiagnosticIds.MarkdownUnsupported, $"公文不印链接，链接“{link.Url}”会丢失：网址请直接写成文字。");
                    foreach (var piece in Walk(link, report, softBreaks))
                        yield return piece;
                    break;
                case EmphasisInline emphasis:
                    report?.Invoke(emphasis, DiagnosticIds.MarkdownUnsupported,
                        $"公文正文不用加粗或斜体（GB/T 9704），“{new string(emphasis.DelimiterChar, emphasis.DelimiterCount)}”标记请去掉。");
                    foreach (var piece in Walk(emphasis, report, softBreaks))
                        yield return piece;
                    break;
                case ContainerInline container:
                    foreach (var piece in Walk(container, report, softBreaks))
                        yield return piece;
                    break;
                case AutolinkInline autolink:
                    report?.Invoke(autolink, DiagnosticIds.MarkdownUnsupported, $"公文不印链接：“<{autolink.Url}>”的网址请直接写成文字，去掉尖括号。");
                    break;
                case HtmlInline html:
                    report?.Invoke(html, DiagnosticIds.MarkdownUnsupported, $"公文不能包含 HTML（“{html.Tag}”）。");
                    break;
                default:
                    report?.Invoke(inline, DiagnosticIds.MarkdownUnsupported, $"不支持的行内 Markdown 结构（{inline.GetType().Name}）。");
                    break;
            }
        }
    }
}
