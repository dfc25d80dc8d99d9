using System.Globalization;
using System.Text.RegularExpressions;
using DocGen.Diagnostics;

namespace DocGen.Import;

/// <summary>
/// A count the prose states for the list that follows it (<c>培育6大产业：粮食、肉类、乳品、果蔬、饮品</c>, <c>实施五大工程：
/// 一是……二是……</c>, <c>（1）……（2）……</c>) and the items the list has; a difference is the source's mistake, reported
/// where the count stands. A count with no list right after it (<c>“四个最严”要求</c>) is not checked.
/// </summary>
internal static partial class ListCountChecker
{
    public static void Check(SourceParagraph paragraph, DiagnosticBag diagnostics)
    {
        foreach (Match stated in StatedList().Matches(paragraph.Text))
        {
            var n = stated.Groups["n"].Value;
            var count = char.IsAsciiDigit(n[0]) ? int.Parse(n, NumberStyles.None, CultureInfo.InvariantCulture) : HeadingParser.ChineseNumber(n);
            var listed = Items(paragraph.Text, stated.Index + stated.Length, bracketed: stated.Groups["open"].Success);
            if (count <= 0 || listed < 2 || listed == count)
                continue;
            var at = paragraph.CharacterColumns ? paragraph.Location with { Column = paragraph.Location.Column + stated.Index } : paragraph.Location;
            var words = stated.Value.TrimEnd('：', ':', '（', '(', '，', ',', '即');
            diagnostics.Warning(DiagnosticIds.ImportListCountMismatch, at,
                $"原文写“{words}”，后面却列了 {listed} 项；请核对数字或是否漏列、多列。");
        }
    }

    /// <summary>The items of the list that starts at <paramref name="start"/>: numbered (一是, （1）, ①) or joined with 、.</summary>
    private static int Items(string text, int start, bool bracketed)
    {
        var rest = text[start..];
        if (Enumerated(rest) is { } numbered)
            return numbered;
        var end = rest.IndexOfAny(bracketed ? ['）', ')'] : ['。', '；', ';', '）', ')']);
        var list = end < 0 ? rest : rest[..end];
        return list.Split('、').Count(item => item.Trim().Length > 0);
    }

    /// <summary>一是 二是 …, （1）（2）…, 1. 2. … or ① ② … counted while they go on in order; null when the list is not numbered.</summary>
    private static int? Enumerated(string rest)
    {
        foreach (var (marker, number) in new (Regex Marker, Func<string, int> Number)[]
                 {
                     (ChineseEnumeration(), HeadingParser.ChineseNumber),
                     (BracketedNumber(), s => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture)),
                     (CircledNumber(), s => s[0] - '①' + 1),
                 })
        {
            var matches = marker.Matches(rest);
            if (matches.Count == 0 || matches[0].Index > 2 || number(matches[0].Groups["n"].Value) != 1)
                continue;
            var expected = 1;
            foreach (Match m in matches)
                if (number(m.Groups["n"].Value) == expected)
                    expected++;
            return expected - 1;
        }
        return null;
    }

    /// <summary>A number, a measure word and a short noun, then a colon, a bracket or 即/包括 opening the list.</summary>
    [GeneratedRegex(@"(?<n>[0-9]{1,2}|[一二三四五六七八九十]{1,3})(?:大|个|项|类|种|条|方面)(?<what>[\p{IsCJKUnifiedIdeographs}]{1,6}?)(?:[：:]|(?<open>[（(])|[，,]?(?:即|包括|分别是|分别为)[：:]?)")]
    private static partial Regex StatedList();

    [GeneratedRegex(@"(?<n>[一二三四五六七八九十]{1,3})是")]
    private static partial Regex ChineseEnumeration();

    [GeneratedRegex(@"[（(](?<n>[0-9]{1,2})[）)]")]
    private static partial Regex BracketedNumber();

    [GeneratedRegex(@"(?<n>[①-⑳])")]
    private static partial Regex CircledNumber();
}
