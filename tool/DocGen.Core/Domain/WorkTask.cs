using DocGen.Diagnostics;

namespace DocGen.Domain;

/// <summary>One row of the 任务分工表.</summary>
public sealed record WorkTask(
    int Number,
    string Category,
    string Item,
    decimal? Score,
    string Text,
    IReadOnlyList<Unit> Leads,
    IReadOnlyList<Unit> Partners,
    Deadline Deadline,
    Phase? Phase,
    SourceLocation Location)
{
    public bool IsLedBy(Unit unit) => Leads.Contains(unit);

    public bool Involves(Unit unit) => Leads.Contains(unit) || Partners.Contains(unit);
}
