using DocGen.Binding;
using DocGen.Diagnostics;
using DocGen.Domain;
using DocGen.Loading;

namespace DocGen.Rules;

/// <summary>Dates of the manifest (GB/T 9704 7.3.5.4, 7.4.3): written <c>2023年1月19日</c>; 印发日期 not before 成文日期.</summary>
public sealed class DateRule : IRule
{
    private static readonly ManifestField[] DateFields =
        [ManifestFields.SignDate, ManifestFields.PrintDate, ManifestFields.SelfCheckDeadline, ManifestFields.ReportDate];

    public IReadOnlyList<RuleId> Ids { get; } =
    [
        new(DiagnosticIds.DateNotCanonical, Severity.Warning, "清单中的日期按“2023年1月19日”书写：阿拉伯数字、年份写全、月日不编虚位"),
        new(DiagnosticIds.PrintDateBeforeSignDate, Severity.Error, "印发日期不早于成文日期"),
    ];

    public void Check(BoundSet set, RuleOptions options, DiagnosticBag diagnostics)
    {
        foreach (var field in DateFields)
        {
            if (set.Manifest[field] is not { } value || !ChineseDate.TryParse(value.Text, out var date))
                continue;
            var canonical = ChineseDate.Format(date);
            if (value.Text != canonical)
                diagnostics.Warning(DiagnosticIds.DateNotCanonical, value.Location,
                    $"{field.ChineseKey}“{value.Text}”应写成“{canonical}”（文件中一律按此印出）。");
        }

        if (set.Facts is { } facts && facts.PrintDate < facts.SignDate)
            diagnostics.Error(DiagnosticIds.PrintDateBeforeSignDate,
                (set.Manifest[ManifestFields.PrintDate] ?? set.Manifest[ManifestFields.SignDate])?.Location,
                $"印发日期{ChineseDate.Format(facts.PrintDate)}早于成文日期{ChineseDate.Format(facts.SignDate)}，请核对。");
    }
}
