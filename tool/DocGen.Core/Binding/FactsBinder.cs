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
        // Missing required keys were reported by the loader (DG1005); without them there are no facts to check.
        var incomplete = F.All.Any(f => f.Required && manifest[f] is null);
        if (diagnostics.Items.Count(d => d.Severity == Severity.Error) > before || number is null || incomplete)
            return null;

        var issuers = Names(manifest, F.Issuer);
        var issuer = issuers.Count > 1 ? string.Join("、", issuers) : Text(manifest, F.Issuer);
        var planTitle = Text(manifest, F.PlanTitle);
        return new DocumentFacts(
            Issuer: issuer,
            IssuerMark: Text(manifest, F.IssuerMark),
            DocumentNumber: number,
            SignDate: signDate,
            Recipients: Items(manifest, F.Recipients),
            CopyTo: Items(manifest, F.CopyTo),
            Printer: Optional(manifest, F.Printer) ?? (issuers.Count > 1 ? issuers[0] : issuer),
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
            ReportDate: reportDate) { Issuers = issuers.Count > 1 ? issuers : [issuer], MarkLines = IssuerMarkLines.Parse(Names(manifest, F.IssuerMark) is { Count: > 1 } marks ? marks : [Text(manifest, F.IssuerMark)]) };
    }

    /// <summary>联合行文: offices as a YAML list or on one line separated by 、 (<see cref="UnitListSplitter"/>).</summary>
    private static List<string> Names(Manifest manifest, ManifestField field) =>
        manifest[field]?.Items.SelectMany(UnitListSplitter.Split).ToList() ?? [];

    /// <summary>A malformed number is reported by <see cref="Rules.DocumentNumberRule"/>, which can say what is wrong.</summary>
    private static DocumentNumber? Number(Manifest manifest) =>
        manifest[F.DocumentNumber] is { } value && DocumentNumber.TryParse(value.Text, out var number) ? number : null;

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
