namespace DocGen.Domain;

/// <summary>Chinese numerals as plans number their items: 一 … 十, 十一, 二十三, 一百零五.</summary>
internal static class ChineseNumeral
{
    private const string Digits = "零一二三四五六七八九";

    public static int? Parse(string s)
    {
        if (s.Length == 0)
            return null;
        int total = 0, digit = 0;
        var sawDigit = false;
        foreach (var ch in s.Replace('〇', '零').Replace('两', '二'))
        {
            var d = Digits.IndexOf(ch, StringComparison.Ordinal);
            if (d >= 0)
                (digit, sawDigit) = (d, true);
            else if (ch is '十' or '百')
            {
                // 十二 is 12: a unit with no digit before it counts once.
                total += (sawDigit ? digit : 1) * (ch == '十' ? 10 : 100);
                (digit, sawDigit) = (0, false);
            }
            else
                return null;
        }
        return total + digit;
    }

    public static string Format(int n)
    {
        if (n is < 1 or > 999)
            return n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (hundreds, tens, ones) = (n / 100, n / 10 % 10, n % 10);
        var text = hundreds > 0 ? $"{Digits[hundreds]}百" : "";
        if (tens > 0)
            text += (hundreds == 0 && tens == 1 ? "" : Digits[tens].ToString()) + "十";
        else if (hundreds > 0 && ones > 0)
            text += "零";
        return ones > 0 ? text + Digits[ones] : text;
    }
}
