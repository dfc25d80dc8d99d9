namespace DocGen.Model;

/// <summary>What the 自查报告 template of one unit sees; counts are computed from tasks.csv and progress.csv.</summary>
internal sealed record UnitReportModel(
    SetModel Set,
    string Unit,
    string Title,
    int LeadCount,
    int PartnerCount,
    int TaskCount,
    int Completed,
    int InProgress,
    int NotStarted,
    int NotApplicable,
    int ReportedCount,
    IReadOnlyList<ReportedTaskModel> Reported,
    bool HasReported,
    IReadOnlyList<TaskModel> Unreported,
    int UnreportedCount,
    bool HasUnreported,
    IReadOnlyList<ReportedTaskModel> WithProblems,
    bool HasProblems,
    IReadOnlyList<ReportedTaskModel> WithNextSteps,
    bool HasNextSteps) : ITemplateModel;
