using System.Globalization;
using System.Text.RegularExpressions;

namespace DocGen.Domain;

/// <summary>发文字号: 机关代字〔年份〕序号号 (GB/T 9704 7.2.5) — 六角括号, four-digit year, no 第, no leading zeros.</summary>
internal sealed partial record DocumentNumber(string Prefix, int Year, int Sequence)
{
    public override string ToString() => $"{Prefix}〔{Year}〕{Sequence}号";

    public static bool TryParse(string text, out DocumentNumber? number)
    {
        number = null;
        var match = Pattern().Match(text.Trim());
        if (!match.Success || !int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
            return false;
        number = new DocumentNumber(match.Groups["p"].Value, int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture), sequence);
        return true;
    }

    [GeneratedRegex(@"^(?<p>[^〔〕\[\]【】()（）\s第]+)〔(?<y>[0-9]{4})〕(?<n>[1-9][0-9]*)号$")]
    private static partial Regex Pattern();
}
