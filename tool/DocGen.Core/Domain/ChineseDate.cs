using System.Globalization;
using System.Text.RegularExpressions;

namespace DocGen.Domain;

/// <summary>Reads dates as offices write them and prints them as GB/T 9704 7.3.5.4 asks: <c>2023年1月19日</c>.</summary>
internal static partial class ChineseDate
{
    public static string Format(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    /// <summary>Accepts <c>2023年1月19日</c>, <c>2023-01-19</c>, <c>2023/1/19</c> and <c>2023.1.19</c>.</summary>
    public static bool TryParse(string text, out DateOnly date)
    {
        date = default;
        var match = FullDate().Match(Normalize(text));
        return match.Success && TryCreate(match, out date);
    }

    /// <summary>
    /// Full-width digits, letters and punctuation (Ｕ+FF01–FF5E) and the ideographic space become ASCII, as offices
    /// type both. Done by hand: string.Normalize needs ICU, which invariant globalization leaves out.
    /// </summary>
    internal static string Normalize(string text)
    {
        var chars = text.Trim().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            chars[i] = chars[i] switch
            {
                >= '\uFF01' and <= '\uFF5E' and not '（' and not '）' => (char)(chars[i] - 0xFEE0),
                '\u3000' => ' ',
                _ => chars[i],
            };
        return new string(chars).Trim();
    }

    private static bool TryCreate(Match match, out DateOnly date)
    {
        date = default;
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    [GeneratedRegex(@"^(?<y>[0-9]{4})\s*(?:年|-|/|\.)\s*(?<m>[0-9]{1,2})\s*(?:月|-|/|\.)\s*(?<d>[0-9]{1,2})\s*日?$")]
    private static partial Regex FullDate();
}
