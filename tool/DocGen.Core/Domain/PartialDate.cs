using System.Globalization;
using System.Text.RegularExpressions;

namespace DocGen.Domain;

/// <summary>A phase boundary: a month (<c>2023年2月</c>, <c>2023-02</c>) or a day (<c>2023-02-15</c>).</summary>
public sealed partial record PartialDate(int Year, int Month, int? Day)
{
    public DateOnly First => new(Year, Month, Day ?? 1);

    public DateOnly Last => new(Year, Month, Day ?? DateTime.DaysInMonth(Year, Month));

    public override string ToString() => Day is { } d ? $"{Year}年{Month}月{d}日" : $"{Year}年{Month}月";

    public static bool TryParse(string text, out PartialDate? date)
    {
        date = null;
        if (ChineseDate.TryParse(text, out var full))
        {
            date = new PartialDate(full.Year, full.Month, full.Day);
            return true;
        }
        var match = MonthOnly().Match(ChineseDate.Normalize(text));
        if (!match.Success)
            return false;
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (year < 1 || month is < 1 or > 12)
            return false;
        date = new PartialDate(year, month, null);
        return true;
    }

    [GeneratedRegex(@"^(?<y>[0-9]{4})\s*(?:年|-|/|\.)\s*(?<m>[0-9]{1,2})\s*月?$")]
    private static partial Regex MonthOnly();
}
