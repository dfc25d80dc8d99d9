using System.Text.RegularExpressions;
using DocGen.Binding;
using DocGen.Diagnostics;
using DocGen.Domain;
using DocGen.Loading;

namespace DocGen.Rules;

/// <summary>发文字号 (GB/T 9704 7.2.5): 机关代字〔YYYY〕N号, year of the 成文日期, not already issued under another title.</summary>
public sealed partial class DocumentNumberRule : IRule
{
    public IReadOnlyList<RuleId> Ids { get; } =
    [
        new(DiagnosticIds.DocumentNumberInvalid, Severity.Error, "发文字号写成“机关代字〔年份〕序号号”：六角括号、四位年份、不加“第”、序号不编虚位"),
        new(DiagnosticIds.DocumentNumberYear, Severity.Error, "发文字号的年份与成文日期的年份一致"),
        new(DiagnosticIds.DocumentNumberReused, Severity.Error, "发文字号未以其他标题登记在 register.csv（已用发文字号登记簿）中"),
    ];

    public void Check(BoundSet set, RuleOptions options, DiagnosticBag diagnostics)
    {
        if (set.Manifest[ManifestFields.DocumentNumber] is not { } value)
            return;
        var text = value.Text;
        if (!DocumentNumber.TryParse(text, out var number))
        {
            diagnostics.Error(DiagnosticIds.DocumentNumberInvalid, value.Location, $"发文字号“{text}”{Problem(text)}，应写成如“威政办〔2023〕1号”。");
            return;
        }
        if (set.Facts is { } facts && facts.SignDate.Year != number!.Year)
            diagnostics.Error(DiagnosticIds.DocumentNumberYear, value.Location,
                $"发文字号“{text}”的年份{number.Year}与成文日期{ChineseDate.Format(facts.SignDate)}不符，请改为“{number with { Year = facts.SignDate.Year }}”或核对成文日期。");

        var title = set.Facts is { } f ? $"{f.Issuer}关于印发《{f.PlanTitle}》的通知" : null;
        foreach (var issued in set.Register.Where(r => r.Number == number!.ToString() && r.Title != title))
            diagnostics.Error(DiagnosticIds.DocumentNumberReused, value.Location,
                $"发文字号“{text}”已用于《{issued.Title}》（{issued.Location}），请换一个未用过的序号。");
    }

    private static string Problem(string text)
    {
        if (Regex.IsMatch(text, @"[\[\]【】()（）]"))
            return "的年份要用六角括号〔〕括起来，不能用[]、【】或（）";
        if (text.Contains('第', StringComparison.Ordinal))
            return "的序号前不加“第”";
        if (Regex.IsMatch(text, "〔[0-9]{1,3}〕") || Regex.IsMatch(text, "〔[0-9]{5,}〕"))
            return "的年份应写全四位";
        if (Regex.IsMatch(text, "〕0"))
            return "的序号不编虚位（不写前导 0）";
        if (!text.EndsWith('号'))
            return "应以“号”结尾";
        return "格式不对";
    }
}
