namespace DocGen.Model;

/// <summary>
/// What the notice, plan and table templates see: every fact already formatted. Templates format nothing and
/// compute nothing; README lists these names.
/// </summary>
internal sealed record SetModel(
    string Issuer,
    string IssuerMark,
    string DocumentNumber,
    string SignDate,
    string Recipients,
    string CopyTo,
    bool HasCopyTo,
    string Printer,
    string PrintDate,
    string Approver,
    bool HasApprover,
    string Publicity,
    bool HasPublicity,
    string Jurisdiction,
    string JurisdictionLevel,
    string Campaign,
    string PlanTitle,
    string TableTitle,
    string NoticeTitle,
    string CitedNoticeTitle,
    string SelfCheckDeadline,
    string ReportRecipient,
    string ReportDate,
    string JurisdictionReporter,
    string JurisdictionReportRecipient,
    IReadOnlyList<CategoryModel> Categories,
    IReadOnlyList<TaskModel> Tasks,
    bool HasScore,
    int TaskCount,
    IReadOnlyList<PhaseModel> Phases,
    IReadOnlyList<string> Issuers,
    IReadOnlyList<string> IssuerMarkNames,
    string IssuerMarkSuffix) : ITemplateModel;
