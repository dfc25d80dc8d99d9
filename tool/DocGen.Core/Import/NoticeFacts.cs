namespace DocGen.Import;

/// <summary>
/// The facts of the 印发通知 as found, kept as written (a malformed 成文日期 stays malformed, and is reported).
/// Null when the source does not give the fact.
/// </summary>
public sealed record NoticeFacts
{
    public string? Issuer { get; init; }

    public string? IssuerMark { get; init; }

    public string? DocumentNumber { get; init; }

    public string? SignDate { get; init; }

    public string? Recipients { get; init; }

    public string? PlanTitle { get; init; }

    /// <summary>The 分工表's title, from the plan's 附件 line (<c>附件：XX重点任务分工表</c>).</summary>
    public string? TableTitle { get; init; }
}
