namespace DocGen.Docx;

/// <summary>Writes 1–999 as 一、十一、二十、一百零五 for the ordinals 一、 and （一）.</summary>
internal static class ChineseNumerals
{
    private static readonly string[] Digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

    public static string Format(int n)
    {
        if (n is < 1 or > 999)
            return n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (n < 10)
            return Digits[n];
        if (n < 20)
            return "十" + (n % 10 == 0 ? "" : Digits[n % 10]);
        if (n < 100)
            return Digits[n / 10] + "十" + (n % 10 == 0 ? "" : Digits[n % 10]);
        var rest = n % 100;
        var tail = rest == 0 ? "" : rest < 10 ? "零" + Digits[rest] : rest < 20 ? "一" + Format(rest) : Format(rest);
        return Digits[n / 100] + "百" + tail;
    }
}
