namespace DocGen.Diff;

/// <summary>What changed between two versions of a set, in printable terms (units by their printed names).</summary>
public sealed record SetChanges(
    IReadOnlyList<TaskChange> Tasks,
    IReadOnlyList<PhaseChange> Phases,
    IReadOnlyList<UnitChange> Units)
{
    public bool IsEmpty => Tasks.Count == 0 && Phases.Count == 0 && Units.Count == 0;
}

/// <summary>One task added, removed or changed; <see cref="Changes"/> lists “what: before → after”.</summary>
public sealed record TaskChange(string Number, string Item, string Kind, IReadOnlyList<FieldChange> Changes);

public sealed record FieldChange(string Field, string Before, string After);

public sealed record PhaseChange(string Name, string Kind, string Before, string After);

/// <summary>Per unit, the task numbers it gained and lost (as lead or responsible unit).</summary>
public sealed record UnitChange(string Unit, IReadOnlyList<string> Gained, IReadOnlyList<string> Lost);
