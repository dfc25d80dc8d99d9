using System.Text.RegularExpressions;

namespace DocGen.Import;

/// <summary>
/// Dates written in Chinese numerals, as older notices print them: <c>二〇二三年一月十九日</c> → <c>2023年1月19日</c>.
/// </summary>
internal static partial class ChineseNumeralDate
{
    public static string? TryParse(string text)
    {
        var match = Pattern().Match(text.Replace(" ", "", StringComparison.Ordinal));
        if (!match.Success)
            return null;
        var year = 0;
        foreach (var c in match.Groups["y"].Value)
            year = year * 10 + (c is '〇' or '○' or '零' ? 0 : "一二三四五六七八九".IndexOf(c, StringComparison.Ordinal) + 1);
        var month = HeadingParser.ChineseNumber(match.Groups["m"].Value);
        var day = HeadingParser.ChineseNumber(match.Groups["d"].Value);
        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? $"{year}年{month}月{day}日" : null;
    }

    [GeneratedRegex("^(?<y>[〇○零一二三四五六七八九]{4})年(?<m>[一二三四五六七八九十]{1,2})月(?<d>[一二三四五六七八九十]{1,3})日$")]
    private static partial Regex Pattern();
}
