using DocGen.Diagnostics;
using DocGen.Domain;

namespace DocGen.Rules;

/// <summary>Dates of the manifest (GB/T 9704 7.3.5.4, 7.4.3): written <c>2023年1月19日</c>; 印发日期 not before 成文日期.</summary>
internal sealed class DateRule : IRule
{
    public IReadOnlyList<RuleId> Ids { get; } =
    [
        new(DiagnosticIds.DateNotCanonical, Severity.Warning, "清单中的日期按“2023年1月19日”书写：阿拉伯数字、年份写全、月日不编虚位"),
        new(DiagnosticIds.PrintDateBeforeSignDate, Severity.Error, "印发日期不早于成文日期"),
    ];

    public void Check(DocumentSet set, RuleOptions options, DiagnosticBag diagnostics)
    {
        foreach (var date in set.Sources.Dates)
        {
            var canonical = ChineseDate.Format(date.Date);
            if (date.Written != canonical)
                diagnostics.Warning(DiagnosticIds.DateNotCanonical, date.Location,
                    $"{date.Name}“{date.Written}”应写成“{canonical}”（文件中一律按此印出）。");
        }

        if (set.Facts is { } facts && facts.PrintDate < facts.SignDate)
            diagnostics.Error(DiagnosticIds.PrintDateBeforeSignDate, set.Sources.PrintDate ?? set.Sources.SignDate,
                $"印发日期{ChineseDate.Format(facts.PrintDate)}早于成文日期{ChineseDate.Format(facts.SignDate)}，请核对。");
    }
}
