using System.Globalization;
using DocGen.Diagnostics;
using DocGen.Domain;
using DocGen.Loading;
using F = DocGen.Loading.ManifestFields;

namespace DocGen.Binding;

/// <summary>Manifest → <see cref="DocumentFacts"/>: parses the document number and dates, fills documented defaults.</summary>
internal sealed class FactsBinder(DiagnosticBag diagnostics)
{
    // Each date as written, recorded where it is parsed, for the rule on how dates are written.
    private readonly List<WrittenDate> _dates = [];

    /// <returns>The facts, or null when one could not be read (reported); and how the manifest wrote them.</returns>
    public (DocumentFacts? Facts, FactSources Sources) Bind(Manifest manifest)
    {
        var before = diagnostics.ErrorCount;
        var number = Number(manifest);
        var signDate = Date(manifest, F.SignDate);
        var printDate = manifest[F.PrintDate] is null ? signDate : Date(manifest, F.PrintDate);
        var selfCheck = Date(manifest, F.SelfCheckDeadline);
        var reportDate = Date(manifest, F.ReportDate);
        // Missing required keys were reported by the loader (DG1005); without them there are no facts to check.
        var incomplete = F.All.Any(f => f.Required && manifest[f] is null);
        var unreadable = diagnostics.ErrorCount > before || incomplete;
        // After the check: a category score that is no number leaves the facts readable.
        var sources = Sources(manifest);
        if (unreadable || number is null)
            return (null, sources);

        var issuers = Names(manifest, F.Issuer);
        var issuer = issuers.Count > 1 ? string.Join("、", issuers) : Text(manifest, F.Issuer);
        var planTitle = Text(manifest, F.PlanTitle);
        return (new DocumentFacts(
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
            ReportDate: reportDate)
        {
            Issuers = issuers.Count > 1 ? issuers : [issuer],
            MarkLines = IssuerMarkLines.Parse(Names(manifest, F.IssuerMark) is { Count: > 1 } marks ? marks : [Text(manifest, F.IssuerMark)]),
        }, sources);
    }

    /// <summary>联合行文: offices as a YAML list or on one line separated by 、 (<see cref="UnitListSplitter"/>).</summary>
    private static List<string> Names(Manifest manifest, ManifestField field) =>
        manifest[field]?.Items.SelectMany(UnitListSplitter.Split).ToList() ?? [];

    private FactSources Sources(Manifest manifest) => new()
    {
        DocumentNumber = Written(manifest[F.DocumentNumber]),
        Dates = _dates,
        SignDate = manifest[F.SignDate]?.Location,
        PrintDate = manifest[F.PrintDate]?.Location,
        SelfCheckDeadline = manifest[F.SelfCheckDeadline]?.Location,
        SelfCheckPhase = Written(manifest[F.SelfCheckPhase]),
        CategoryScores = Scores(manifest),
    };

    private static WrittenText? Written(ManifestValue? value) => value is null ? null : new WrittenText(value.Text, value.Location);

    private List<CategoryScore> Scores(Manifest manifest)
    {
        var scores = new List<CategoryScore>();
        foreach (var entry in manifest[F.CategoryScores]?.Entries ?? [])
        {
            if (decimal.TryParse(entry.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var total))
                scores.Add(new CategoryScore(entry.Key, total, entry.Location));
            else
                diagnostics.Error(DiagnosticIds.ManifestValueNotAllowed, entry.Location, $"类别“{entry.Key}”的分值“{entry.Value}”不是数字，应写阿拉伯数字，如“{entry.Key}: 60”。");
        }
        return scores;
    }

    /// <summary>The 发文字号, read once; a malformed one is reported with what is wrong in it.</summary>
    private DocumentNumber? Number(Manifest manifest)
    {
        if (manifest[F.DocumentNumber] is not { } value)
            return null;
        if (DocumentNumber.TryParse(value.Text, out var number))
            return number;
        diagnostics.Error(DiagnosticIds.DocumentNumberInvalid, value.Location,
            $"发文字号“{value.Text}”{DocumentNumberProblem.Of(value.Text)}，应写成如“威政办〔2023〕1号”。");
        return null;
    }

    private DateOnly Date(Manifest manifest, ManifestField field)
    {
        if (manifest[field] is not { } value)
            return default;
        if (ChineseDate.TryParse(value.Text, out var date))
        {
            _dates.Add(new WrittenDate(field.ChineseKey, value.Text, date, value.Location));
            return date;
        }
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
