namespace DocGen.Domain;

/// <summary>A 完成时限 as written, with the date range it means.</summary>
public sealed record Deadline(string Text, DeadlineKind Kind, DateOnly? Start, DateOnly? End)
{
    public bool HasPassed(DateOnly asOf) => Kind == DeadlineKind.Dated && End < asOf;
}
