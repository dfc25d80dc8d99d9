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
    DateOnly ReportDate)
{
    /// <summary>联合行文: every issuing office, the host first (7.2.4); <see cref="Issuer"/> alone for one office.</summary>
    public IReadOnlyList<string> Issuers { get; init; } = [Issuer];

    /// <summary>The 发文机关标志 as printed: one line, or the stacked names of a joint issue with 文件 beside them.</summary>
    public IssuerMarkLines MarkLines { get; init; } = new([IssuerMark], "");
}
