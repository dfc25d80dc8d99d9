namespace DocGen.Model;

/// <summary>What the whole-jurisdiction 自查报告 template sees.</summary>
internal sealed record JurisdictionReportModel(
    SetModel Set,
    string Title,
    StatusCountModel Total,
    IReadOnlyList<StatusCountModel> Categories,
    IReadOnlyList<StatusCountModel> Units,
    IReadOnlyList<OpenTaskModel> Unreported,
    bool HasUnreported,
    IReadOnlyList<OpenTaskModel> Overdue,
    bool HasOverdue) : ITemplateModel;
