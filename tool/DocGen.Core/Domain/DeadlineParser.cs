using System.Globalization;
using System.Text.RegularExpressions;

namespace DocGen.Domain;

/// <summary>
/// Turns the 完成时限 forms offices write (<c>2023年4月中旬</c>, <c>2023年5月底前</c>, <c>2023年3月—12月</c>,
/// <c>2023年4月初开始，常态化推进</c>, <c>长期坚持</c>, <c>合理缺项</c> …) into a <see cref="Deadline"/>.
/// </summary>
internal static partial class DeadlineParser
{
    private static readonly string[] OpenEndedWords =
        ["长期坚持", "持续推进", "常态化推进", "长期", "持续", "常态化", "每季度", "每月", "每年", "每半年", "按上级要求", "按要求"];

    /// <param name="planYear">The year a date without one belongs to (<c>6月底前</c> in a plan signed in 2023 is June 2023);
    /// without it such a date gives no due date.</param>
    /// <returns>The deadline, or null when the text names a date that does not exist (<c>2023年13月</c>, <c>2023年2月30日</c>)
    /// or a range that runs backwards.</returns>
    public static Deadline? Parse(string text, int? planYear = null)
    {
        var s = ChineseDate.Normalize(text).Replace(" ", "", StringComparison.Ordinal);
        if (s.Length == 0)
            return new Deadline(text, DeadlineKind.Unspecified, null, null);
        if (s == "合理缺项")
            return new Deadline(text, DeadlineKind.NotApplicable, null, null);
        if (OpenEndedWords.Contains(s, StringComparer.Ordinal))
            return new Deadline(text, DeadlineKind.OpenEnded, null, null);

        var starting = Starting().Match(s);
        if (starting.Success)
            return Point(starting.Groups["p"].Value, planYear) is { } from
                ? new Deadline(text, DeadlineKind.OpenEnded, from.Start, null)
                : Verbatim(text, s, planYear);

        var range = Range().Match(s);
        var first = range.Success ? Point(range.Groups["a"].Value, planYear) : null;
        if (first is null)
            return Verbatim(text, s, planYear);
        if (!range.Groups["b"].Success)
            return new Deadline(text, DeadlineKind.Dated, first.Value.Start, first.Value.End);
        var second = Point(range.Groups["b"].Value, first.Value.Start.Year);
        if (second is null || second.Value.End < first.Value.Start)
            return null;
        return new Deadline(text, DeadlineKind.Dated, first.Value.Start, second.Value.End);
    }

    /// <summary>
    /// A form not listed (<c>创建期内</c>, <c>年底前</c>, <c>2023年6月底前完成初评，12月底前全面完成</c>) is kept as written.
    /// Only the dates in it count: none gives no due date; one that does not exist makes the text unreadable; otherwise
    /// the task is due at the latest date it names.
    /// </summary>
    private static Deadline? Verbatim(string text, string s, int? planYear)
    {
        var points = new List<(DateOnly Start, DateOnly End)>();
        var year = planYear;
        foreach (Match token in DateToken().Matches(s))
        {
            if (token.Groups["y"].Success)
                year = Int(token.Groups["y"].Value);
            // A month with no year before it anywhere, nor a plan year (6月底前), cannot be placed: no due date.
            if (year is null)
                continue;
            var tail = token.Groups["tail"].Success ? token.Groups["tail"].Value : "全年";
            if (Point(token.Groups["y"].Success && !tail.Contains('月', StringComparison.Ordinal) ? $"{year}年{tail}" : tail, year) is not { } point)
                return null;
            points.Add(point);
        }
        return points.Count == 0
            ? new Deadline(text, DeadlineKind.OpenEnded, null, null)
            : new Deadline(text, DeadlineKind.Dated, points.Min(p => p.Start), points.Max(p => p.End));
    }

    /// <summary>One date expression; the year may be left out after a range dash (<c>3月—12月</c>).</summary>
    private static (DateOnly Start, DateOnly End)? Point(string s, int? inheritedYear)
    {
        var yearEnd = YearPart().Match(s);
        if (yearEnd.Success)
        {
            var y = Int(yearEnd.Groups["y"].Value);
            if (y < 1)
                return null;
            if (yearEnd.Groups["q"].Success)
            {
                var q = "一二三四".IndexOf(yearEnd.Groups["q"].Value[0], StringComparison.Ordinal) is var i and >= 0 ? i + 1 : Int(yearEnd.Groups["q"].Value);
                return (new DateOnly(y, (q * 3) - 2, 1), new DateOnly(y, q * 3, DateTime.DaysInMonth(y, q * 3)));
            }
            return yearEnd.Groups["h"].Value switch
            {
                "上半年" => (new DateOnly(y, 1, 1), new DateOnly(y, 6, 30)),
                "下半年" => (new DateOnly(y, 7, 1), new DateOnly(y, 12, 31)),
                "初" or "年初" => (new DateOnly(y, 1, 1), new DateOnly(y, 1, 31)),
                _ => (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31)),
            };
        }

        var m = MonthPoint().Match(s);
        if (!m.Success)
            return null;
        int? year = m.Groups["y"].Success ? Int(m.Groups["y"].Value) : inheritedYear;
        var month = Int(m.Groups["m"].Value);
        if (year is null or < 1900 or > 2999 || month is < 1 or > 12)
            return null;
        var days = DateTime.DaysInMonth(year.Value, month);
        if (m.Groups["d"].Success)
        {
            var day = Int(m.Groups["d"].Value);
            return day < 1 || day > days ? null : (new DateOnly(year.Value, month, day), new DateOnly(year.Value, month, day));
        }
        var (from, to) = m.Groups["part"].Value switch
        {
            "初" or "上旬" => (1, 10),
            "中" or "中旬" => (11, 20),
            "下旬" => (21, days),
            _ => (1, days),
        };
        return (new DateOnly(year.Value, month, from), new DateOnly(year.Value, month, to));
    }

    private static int Int(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<a>[^至—–\-~～到]+?)(?:(?:至|—+|–|-|~|～|到)(?<b>[^前]+?))?(?:前|之前|以前)?$")]
    private static partial Regex Range();

    [GeneratedRegex(@"^(?<p>.+?)(?:起)?开始[，,、]?.*$")]
    private static partial Regex Starting();

    [GeneratedRegex(@"^(?<y>[0-9]{4})年(?:(?<h>年底|底|末|年末|上半年|下半年|全年|年初|初)|第?(?<q>[一二三四1-4])季度(?:末|底)?)$")]
    private static partial Regex YearPart();

    [GeneratedRegex(@"^(?:(?<y>[0-9]{4})年)?(?<m>[0-9]{1,2})月(?:(?<d>[0-9]{1,2})日|(?<part>初|上旬|中旬|下旬|中|底|末))?$")]
    private static partial Regex MonthPoint();

    /// <summary>Anything in free text that names a year, or a month (with a day or part of it), to check it exists.</summary>
    [GeneratedRegex(@"(?<y>[0-9]{4})年(?<tail>[0-9]{1,2}月(?:[0-9]{1,2}日|初|上旬|中旬|下旬|中|底|末)?|年底|底|末|年末|上半年|下半年|全年|年初|初|第?[一二三四五六七八九0-9]季度(?:末|底)?)?|(?<tail>[0-9]{1,2}月(?:[0-9]{1,2}日|初|上旬|中旬|下旬|中|底|末)?)")]
    private static partial Regex DateToken();
}
