using System.Globalization;
using System.Text.RegularExpressions;

namespace DocGen.Domain;

/// <summary>发文字号: 机关代字〔年份〕序号号 (GB/T 9704 7.2.5) — 六角括号, four-digit year, no 第, no leading zeros.</summary>
public sealed partial record DocumentNumber(string Prefix, int Year, int Sequence)
{
    public override string ToString() => $"{Prefix}〔{Year}〕{Sequence}号";

    public static bool TryParse(string text, out DocumentNumber? number)
    {
        number = null;
        var match = Pattern().Match(text.Trim());
        if (!match.Success)
            return false;
        number = new DocumentNumber(match.Groups["p"].Value,
            int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture));
        return true;
    }

    [GeneratedRegex(@"^(?<p>[^〔〕\[\]【】()（）\s第]+)〔(?<y>\d{4})〕(?<n>[1-9]\d*)号$")]
    private static partial Regex Pattern();
}
