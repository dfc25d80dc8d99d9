namespace DocGen.Import;

/// <summary>Everything import found in its sources, ready to be written as a set.</summary>
public sealed record ImportedSet(NoticeFacts Notice, IReadOnlyList<ImportedTask> Tasks, IReadOnlyList<ImportedPhase> Phases)
{
    /// <summary>The plan's own words, for the set's plan template.</summary>
    internal PlanProse Prose { get; init; } = PlanProse.Empty;

    /// <summary>Every unit named as lead or partner, in the order first named.</summary>
    public IReadOnlyList<string> Units =>
        Tasks.SelectMany(t => t.Leads.Concat(t.Partners)).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The units.csv rows: spellings of one unit grouped under its longest name.</summary>
    public IReadOnlyList<UnitGroup> UnitGroups => UnitCatalog.Group(Units);
}
