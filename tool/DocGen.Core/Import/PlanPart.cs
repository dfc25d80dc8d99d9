namespace DocGen.Import;

/// <summary>
/// One piece of the plan's text in reading order, as <see cref="PlanReader"/> classed it: the outline from which
/// <see cref="PlanTemplateWriter"/> writes the set's own plan template.
/// </summary>
internal abstract record PlanPart;

/// <summary>A numbered heading; <paramref name="RunIn"/> when its paragraph goes on after the title (<c>1.党政同责。落实……</c>).</summary>
internal sealed record PlanHeadingPart(int Level, int Number, string Title, bool RunIn, bool PhaseSection) : PlanPart;

/// <summary>A paragraph, or the rest of a run-in heading, that is prose: no task, no phase, no notice fact.</summary>
internal sealed record PlanTextPart(string Text) : PlanPart
{
    /// <summary>Under a 任务 section: a task, should the plan name no units for any (<see cref="PlanReader.UnassignedTasks"/>).</summary>
    public bool CouldBeTask { get; init; }
}

/// <summary>Where one or more tasks were read: the template shows the tasks from tasks.csv there.</summary>
internal sealed record PlanTasksPart : PlanPart;

/// <summary>Where a phase was read: the template shows the phases from phases.csv there.</summary>
internal sealed record PlanPhasePart : PlanPart;

/// <summary>Text beside a task that names no units and so became no task; the template keeps it in a comment.</summary>
internal sealed record PlanLeftoverPart(string Text) : PlanPart;
