using System.Text.RegularExpressions;

namespace DocGen.Import;

/// <summary>
/// Recognises the GB/T 9704 7.3.3 heading numbers as offices type them: 一、 （一） 1. （1） and ①, with half- or
/// full-width brackets and digits, 1、 and 1． for 1., and a missing opening bracket. A heading is run-in when a
/// short title ends in 。 and the paragraph goes on.
/// </summary>
internal static partial class HeadingParser
{
    /// <summary>A run-in title longer than this is a sentence, not a heading.</summary>
    private const int MaxTitle = 40;

    public static Heading? Parse(string text)
    {
        if (LevelOne().Match(text) is { Success: true } one)
            return Make(1, ChineseNumber(one.Groups["n"].Value), one, false);
        if (LevelTwo().Match(text) is { Success: true } two)
            return Make(2, ChineseNumber(two.Groups["n"].Value), two, !two.Groups["open"].Success);
        if (LevelFour().Match(text) is { Success: true } four)
            return Make(4, Digits(four.Groups["n"].Value), four, !four.Groups["open"].Success);
        if (LevelThree().Match(text) is { Success: true } three)
            return Make(3, Digits(three.Groups["n"].Value), three, false);
        if (LevelFive().Match(text) is { Success: true } five)
            return Make(5, five.Groups["n"].Value[0] - '①' + 1, five, false);
        return null;
    }

    private static Heading? Make(int level, int number, Match match, bool unbalanced)
    {
        if (number <= 0)
            return null;
        var rest = match.Groups["rest"].Value.Trim();
        var stop = rest.IndexOf('。', StringComparison.Ordinal);
        var (title, body) = stop > 0 && stop <= MaxTitle
            ? (rest[..stop], rest[(stop + 1)..].Trim())
            : rest.Length <= MaxTitle ? (rest, "") : ("", rest);
        return new Heading(level, number, title.Trim(), body, unbalanced) { Label = match.Groups["label"].Value, Remainder = rest };
    }

    /// <summary>一 to 九十九, as heading numbers go; 0 for anything else.</summary>
    internal static int ChineseNumber(string text)
    {
        const string digits = "零一二三四五六七八九";
        if (text.Length == 1)
            return text == "十" ? 10 : digits.IndexOf(text[0], StringComparison.Ordinal);
        var ten = text.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0 || text.Length > 3)
            return 0;
        var tens = ten == 0 ? 1 : digits.IndexOf(text[0], StringComparison.Ordinal);
        var units = ten == text.Length - 1 ? 0 : digits.IndexOf(text[^1], StringComparison.Ordinal);
        return tens <= 0 || units < 0 ? 0 : tens * 10 + units;
    }

    private static int Digits(string text)
    {
        var value = 0;
        foreach (var c in text)
            value = value * 10 + (c >= '０' ? c - '０' : c - '0');
        return value;
    }

    [GeneratedRegex(@"^(?<label>(?<n>[一二三四五六七八九十]{1,3})[、，])(?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex LevelOne();

    [GeneratedRegex(@"^(?<label>(?<open>[（(])?\s*(?<n>[一二三四五六七八九十]{1,3})\s*[）)])(?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex LevelTwo();

    // 1. 1、 1． but not 1.5 (a decimal) nor 2023年 (a year).
    [GeneratedRegex(@"^(?<label>(?<n>[0-9０-９]{1,3})\s*[.、．](?![0-9０-９]))(?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex LevelThree();

    [GeneratedRegex(@"^(?<label>(?<open>[（(])?\s*(?<n>[0-9０-９]{1,3})\s*[）)])(?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex LevelFour();

    [GeneratedRegex(@"^(?<label>(?<n>[①-⑳]))(?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex LevelFive();
}
