namespace DocGen.Domain;

/// <summary>The manifest's facts, each written once and printed wherever a document needs it.</summary>
internal sealed record DocumentFacts(
    string Issuer,
    string IssuerMark,
    DocumentNumber DocumentNumber,
    DateOnly SignDate,
    IReadOnlyList<string> Recipients,
    IReadOnlyList<string> CopyTo,
    string Printer,
    DateOnly PrintDate,
    string? Approver,
    string? Publicity,
    string Jurisdiction,
    string Campaign,
    string PlanTitle,
    string TableTitle,
    DateOnly SelfCheckDeadline,
    string ReportRecipient,
    string JurisdictionReporter,
    string JurisdictionReportRecipient,
    DateOnly ReportDate);
