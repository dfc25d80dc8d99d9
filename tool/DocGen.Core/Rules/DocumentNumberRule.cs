using DocGen.Diagnostics;
using DocGen.Domain;

namespace DocGen.Rules;

/// <summary>发文字号 (GB/T 9704 7.2.5): the year of the 成文日期, not already issued under another title.</summary>
internal sealed class DocumentNumberRule : IRule
{
    public IReadOnlyList<RuleId> Ids { get; } =
    [
        new(DiagnosticIds.DocumentNumberYear, Severity.Error, "发文字号的年份与成文日期的年份一致"),
        new(DiagnosticIds.DocumentNumberReused, Severity.Error, "发文字号未以其他标题登记在 register.csv（已用发文字号登记簿）中"),
    ];

    public void Check(DocumentSet set, RuleOptions options, DiagnosticBag diagnostics)
    {
        // A number that could not be read was reported by binding, and leaves no facts to compare.
        if (set.Facts is not { } facts || set.Sources.DocumentNumber is not { } written)
            return;
        var number = facts.DocumentNumber;
        if (facts.SignDate.Year != number.Year)
            diagnostics.Error(DiagnosticIds.DocumentNumberYear, written.Location,
                $"发文字号“{written.Text}”的年份{number.Year}与成文日期{ChineseDate.Format(facts.SignDate)}不符，请改为“{number with { Year = facts.SignDate.Year }}”或核对成文日期。");

        var title = $"{facts.Issuer}关于印发《{facts.PlanTitle}》的通知";
        foreach (var issued in set.Register.Where(r => r.Number == number.ToString() && r.Title != title))
            diagnostics.Error(DiagnosticIds.DocumentNumberReused, written.Location,
                $"发文字号“{written.Text}”已用于《{issued.Title}》（{issued.Location}），请换一个未用过的序号。");
    }
}
