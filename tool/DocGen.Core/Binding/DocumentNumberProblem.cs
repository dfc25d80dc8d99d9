using System.Text.RegularExpressions;

namespace DocGen.Binding;

/// <summary>What is wrong with a 发文字号 that does not parse, in the words of GB/T 9704 7.2.5.</summary>
internal static partial class DocumentNumberProblem
{
    public static string Of(string text)
    {
        if (Brackets().IsMatch(text))
            return "的年份要用六角括号〔〕括起来，不能用[]、【】或（）";
        if (text.Contains('第', StringComparison.Ordinal))
            return "的序号前不加“第”";
        if (ShortYear().IsMatch(text) || LongYear().IsMatch(text))
            return "的年份应写全四位";
        if (text.Contains("〕0", StringComparison.Ordinal))
            return "的序号不编虚位（不写前导 0）";
        if (!text.EndsWith('号'))
            return "应以“号”结尾";
        return "格式不对";
    }

    [GeneratedRegex(@"[\[\]【】()（）]")]
    private static partial Regex Brackets();

    [GeneratedRegex("〔[0-9]{1,3}〕")]
    private static partial Regex ShortYear();

    [GeneratedRegex("〔[0-9]{5,}〕")]
    private static partial Regex LongYear();
}
