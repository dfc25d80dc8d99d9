using System.Globalization;
using System.Text.RegularExpressions;

namespace DocGen.Domain;

/// <summary>
/// A phase boundary: a month (<c>2023年2月</c>, <c>2023-02</c>), a day (<c>2023-02-15</c>), or part of a month or year as
/// plans date their phases (<c>2024年5月上旬</c>, <c>2023年1月底</c>, <c>2023年4月初</c>, <c>2023年底</c>).
/// </summary>
internal sealed partial record PartialDate(int Year, int Month, int? Day)
{
    /// <summary>The part of the month as written (初, 上旬, 中, 中旬, 下旬, 底), or 年初/年底 for part of the year.</summary>
    public string? Part { get; init; }

    public DateOnly First => new(Year, Month, Day ?? Part switch
    {
        "中" or "中旬" => 11,
        "下旬" or "底" => 21,
        _ => 1,
    });

    public DateOnly Last => new(Year, Month, Day ?? Part switch
    {
        "初" or "上旬" => 10,
        "中" or "中旬" => 20,
        _ => DateTime.DaysInMonth(Year, Month),
    });

    public override string ToString() => $"{Year}年{WithoutYear()}";

    /// <summary>The date after its year, for a span within one year: <c>2023年2月—12月</c>.</summary>
    public string WithoutYear() => Part switch
    {
        "年初" or "年底" => Part[1..],
        _ when Day is { } d => $"{Month}月{d}日",
        _ => $"{Month}月{Part}",
    };

    public static bool TryParse(string text, out PartialDate? date)
    {
        date = null;
        if (ChineseDate.TryParse(text, out var full))
        {
            date = new PartialDate(full.Year, full.Month, full.Day);
            return true;
        }
        var s = ChineseDate.Normalize(text).Replace(" ", "", StringComparison.Ordinal);
        if (YearPart().Match(s) is { Success: true } y)
        {
            var end = y.Groups["p"].Value is "底" or "末" or "年底" or "年末";
            date = new PartialDate(Int(y.Groups["y"].Value), end ? 12 : 1, null) { Part = end ? "年底" : "年初" };
            return date.Year >= 1;
        }
        var match = MonthOnly().Match(s);
        if (!match.Success)
            return false;
        var month = Int(match.Groups["m"].Value);
        var year = Int(match.Groups["y"].Value);
        if (year < 1 || month is < 1 or > 12)
            return false;
        var part = match.Groups["part"].Value switch { "" => null, "末" => "底", var p => p };
        date = new PartialDate(year, month, null) { Part = part };
        return true;
    }

    private static int Int(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<y>[0-9]{4})(?:年|-|/|\.)(?<m>[0-9]{1,2})(?:月(?<part>初|上旬|中旬|下旬|中|底|末)?)?$")]
    private static partial Regex MonthOnly();

    [GeneratedRegex(@"^(?<y>[0-9]{4})年(?<p>年底|年末|底|末|年初|初)$")]
    private static partial Regex YearPart();
}
