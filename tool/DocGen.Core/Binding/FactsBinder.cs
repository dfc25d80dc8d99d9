using DocGen.Diagnostics;
using DocGen.Domain;
using DocGen.Loading;
using F = DocGen.Loading.ManifestFields;

namespace DocGen.Binding;

/// <summary>Manifest → <see cref="DocumentFacts"/>: parses the document number and dates, fills documented defaults.</summary>
internal sealed class FactsBinder(DiagnosticBag diagnostics)
{
    public DocumentFacts? Bind(Manifest manifest)
    {
        var before = diagnostics.Items.Count(d => d.Severity == Severity.Error);
        var number = Number(manifest);
        var signDate = Date(manifest, F.SignDate);
        var printDate = manifest[F.PrintDate] is null ? signDate : Date(manifest, F.PrintDate);
        var selfCheck = Date(manifest, F.SelfCheckDeadline);
        var reportDate = Date(manifest, F.ReportDate);
        if (diagnostics.Items.Count(d => d.Severity == Severity.Error) > before || number is null)
            return null;

        var issuer = Text(manifest, F.Issuer);
        var planTitle = Text(manifest, F.PlanTitle);
        return new DocumentFacts(
            Issuer: issuer,
            IssuerMark: Text(manifest, F.IssuerMark),
            DocumentNumber: number,
            SignDate: signDate,
            Recipients: Items(manifest, F.Recipients),
            CopyTo: Items(manifest, F.CopyTo),
            Printer: Optional(manifest, F.Printer) ?? issuer,
            PrintDate: printDate,
            Approver: Optional(manifest, F.Approver),
            Publicity: Optional(manifest, F.Publicity)?.Trim('（', '）', '(', ')'),
            Jurisdiction: Text(manifest, F.Jurisdiction),
            Campaign: Text(manifest, F.Campaign),
            PlanTitle: planTitle,
            TableTitle: Optional(manifest, F.TableTitle) ?? planTitle + "任务分工表",
            SelfCheckDeadline: selfCheck,
            ReportRecipient: Text(manifest, F.ReportRecipient),
            JurisdictionReporter: Text(manifest, F.JurisdictionReporter),
            JurisdictionReportRecipient: Text(manifest, F.JurisdictionReportRecipient),
            ReportDate: reportDate);
    }

    private DocumentNumber? Number(Manifest manifest)
    {
        if (manifest[F.DocumentNumber] is not { } value)
            return null;
        if (DocumentNumber.TryParse(value.Text, out var number))
            return number;
        diagnostics.Error(DiagnosticIds.DocumentNumberInvalid, value.Location,
            $"发文字号“{value.Text}”格式不对，应写成“机关代字〔年份〕序号号”，如“威政办〔2023〕1号”：用六角括号〔〕，年份四位，序号不加“第”、不编虚位。");
        return null;
    }

    private DateOnly Date(Manifest manifest, ManifestField field)
    {
        if (manifest[field] is not { } value)
            return default;
        if (ChineseDate.TryParse(value.Text, out var date))
            return date;
        diagnostics.Error(DiagnosticIds.DateInvalid, value.Location,
            $"{field.ChineseKey}“{value.Text}”不是有效日期，应写成“2023年1月19日”。");
        return default;
    }

    private static string Text(Manifest manifest, ManifestField field) => manifest[field]?.Text ?? "";

    private static string? Optional(Manifest manifest, ManifestField field) =>
        manifest[field]?.Text is { Length: > 0 } text ? text : null;

    private static IReadOnlyList<string> Items(Manifest manifest, ManifestField field) =>
        manifest[field]?.Items.SelectMany(i => i.Split(['，', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList()
        ?? [];
}
