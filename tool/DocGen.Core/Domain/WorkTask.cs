using DocGen.Diagnostics;

namespace DocGen.Domain;

/// <summary>One row of the 任务分工表, with where each of its cells stands.</summary>
internal sealed record WorkTask(
    TaskNumber Number,
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
    /// <summary>Where each of the row's fields stands.</summary>
    public TaskCells Cells { get; init; } = new(Location, TaskColumns.None);

    /// <summary>Every unit name the row wrote, in 牵头单位 then 责任单位, including ones listed in both.</summary>
    public IReadOnlyList<UnitMention> Mentions { get; init; } = [];

    /// <summary>The 阶段 cell as written, even when it names no readable phase.</summary>
    public string PhaseName { get; init; } = "";

    /// <summary>The 牵头单位 cell as written.</summary>
    public string LeadText { get; init; } = "";

    public bool IsLedBy(Unit unit) => Leads.Contains(unit);

    public bool Involves(Unit unit) => Leads.Contains(unit) || Partners.Contains(unit);
}
