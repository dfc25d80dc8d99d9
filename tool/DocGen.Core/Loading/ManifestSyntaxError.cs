using DocGen.Diagnostics;
using YamlDotNet.Core;

namespace DocGen.Loading;

/// <summary>
/// Turns YamlDotNet's exception for a broken manifest into a Chinese message at the place the user must edit.
/// The library's English detail is kept in brackets, without its final period.
/// </summary>
internal static class ManifestSyntaxError
{
    private const string DuplicateKey = "Duplicate key ";

    public static (SourceLocation Location, string Message) Describe(YamlException e, string text, string displayPath)
    {
        if (e is ManifestYamlException)
            return (At(displayPath, e.Start), e.Message);
        var detail = e.Message.TrimEnd().TrimEnd('.');
        // The scanner reports a tab at the start of the scalar or mapping before it (or at 1,1), not at the tab.
        if (detail.Contains("tab", StringComparison.OrdinalIgnoreCase) && TabIndent(text, (int)e.Start.Line) is var (line, column))
            return (new SourceLocation(displayPath, line, column),
                $"这一行用制表符（Tab）缩进，YAML 只允许用空格缩进；请把行首的制表符换成空格（{detail}）。");
        // An unclosed [ or { is noticed where the file runs out: point at the line that opened it.
        if (e.Start.Index >= text.TrimEnd().Length && UnclosedBracket(text) is var (open, at))
            return (new SourceLocation(displayPath, open, at),
                $"这一行的 [ 或 {{ 没有配对的 ] 或 }}（{detail}）；值中如需 [ ] {{ }} 请整体加英文引号。");
        // YamlMappingNode words it "Duplicate key <key>" at the second occurrence.
        if (detail.StartsWith(DuplicateKey, StringComparison.Ordinal))
            return (At(displayPath, e.Start),
                $"键“{detail[DuplicateKey.Length..]}”写了两次；每个键只能写一次，请删去或合并其中一行。");
        return (At(displayPath, e.Start),
            $"清单不是有效的 YAML（{detail}）；每行应写成“键: 值”，值中有 : # [ ] {{ }} 等符号时请整体加英文引号。");
    }

    /// <summary>The first line whose [ and { outnumber its ] and }, and the column of its first bracket.</summary>
    public static (int Line, int Column)? UnclosedBracket(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var open = lines[i].IndexOfAny(['[', '{']);
            if (open >= 0 && lines[i].Count(c => c is '[' or '{') > lines[i].Count(c => c is ']' or '}'))
                return (i + 1, open + 1);
        }
        return null;
    }

    /// <summary>The first line from <paramref name="fromLine"/> on whose indentation holds a tab, and the tab's column.</summary>
    private static (int Line, int Column)? TabIndent(string text, int fromLine)
    {
        var lines = text.Split('\n');
        for (var i = Math.Max(fromLine, 1) - 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
                continue; // a blank line may hold tabs
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0)
                return (i + 1, tab + 1);
        }
        return null;
    }

    private static SourceLocation At(string path, Mark mark) => new(path, (int)mark.Line, (int)mark.Column);
}
