namespace DocGen.Import;

/// <summary>
/// The plan's own words: the preamble between its title and its first 一、 heading, and the outline of the rest.
/// What import writes as the set's plan template, so the rebuilt plan reads like the source.
/// </summary>
internal sealed record PlanProse(IReadOnlyList<string> Preamble, IReadOnlyList<PlanPart> Parts)
{
    public static readonly PlanProse Empty = new([], []);
}
