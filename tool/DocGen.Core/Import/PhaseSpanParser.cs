using System.Globalization;
using System.Text.RegularExpressions;
using DocGen.Domain;

namespace DocGen.Import;

/// <summary>
/// Reads the span in a phase heading: <c>2023年2月-2023年12月</c>, <c>2024年1月—6月</c>, <c>2024年5月中旬至6月</c>,
/// <c>2024年5月上旬</c>, <c>2023年1月底前</c>, <c>2023年4月初开始</c>. A later point may leave out the year. 上旬/中旬/下旬 end on the 10th,
/// 20th and the month's end and start on the 1st, 11th and 21st.
/// </summary>
internal static partial class PhaseSpanParser
{
    public static PhaseSpan? Parse(string text)
    {
        var s = ChineseDate.Normalize(text).Replace(" ", "", StringComparison.Ordinal);
        var parts = Range().Split(s);
        if (parts.Length is < 1 or > 2 || Point().Match(parts[0]) is not { Success: true } first || !first.Groups["y"].Success)
            return null;
        var year = Int(first.Groups["y"].Value);
        if (parts.Length == 1)
        {
            // “2023年1月底前” gives only the end and “2023年4月初开始” only the start: the other bound stays open (empty).
            var (a, b) = (Start(first, year), End(first, year));
            if (a is null || b is null)
                return null;
            return first.Groups["before"].Success ? new PhaseSpan("", b, OpenStart: true)
                : first.Groups["from"].Success ? new PhaseSpan(a, "", OpenStart: false) { OpenEnd = true }
                : new PhaseSpan(a, b, false);
        }
        if (Point().Match(parts[1]) is not { Success: true } second)
            return null;
        var endYear = second.Groups["y"].Success ? Int(second.Groups["y"].Value) : year;
        return Start(first, year) is { } start && End(second, endYear) is { } end ? new PhaseSpan(start, end, false) : null;
    }

    private static string? Start(Match point, int year)
    {
        var month = Int(point.Groups["m"].Value);
        if (point.Groups["d"].Success)
            return Day(year, month, Int(point.Groups["d"].Value));
        return point.Groups["part"].Value switch
        {
            "中旬" => Day(year, month, 11),
            "下旬" => Day(year, month, 21),
            _ => Month(year, month),
        };
    }

    private static string? End(Match point, int year)
    {
        var month = Int(point.Groups["m"].Value);
        if (point.Groups["d"].Success)
            return Day(year, month, Int(point.Groups["d"].Value));
        return point.Groups["part"].Value switch
        {
            "上旬" or "初" => Day(year, month, 10),
            "中旬" => Day(year, month, 20),
            _ => Month(year, month),
        };
    }

    private static string? Month(int year, int month) => month is >= 1 and <= 12 && year > 0 ? $"{year}年{month}月" : null;

    private static string? Day(int year, int month, int day) =>
        Month(year, month) is not null && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? $"{year}年{month}月{day}日" : null;

    private static int Int(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);

    [GeneratedRegex("[—–~～至到-]+")]
    private static partial Regex Range();

    [GeneratedRegex(@"^(?:(?<y>[0-9]{4})年)?(?<m>[0-9]{1,2})月(?:(?<d>[0-9]{1,2})日)?(?<part>上旬|中旬|下旬|初|底|末)?(?:(?<before>前|之前|以前)|(?<from>起开始|开始|起))?$")]
    private static partial Regex Point();
}
