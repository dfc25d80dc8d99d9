namespace DocGen.Domain;

/// <summary>A 完成时限 as written, with the date range it means.</summary>
internal sealed record Deadline(string Text, DeadlineKind Kind, DateOnly? Start, DateOnly? End)
{
    /// <summary>Due on one day, printed as GB/T 9704 writes a date (a worksheet's date cell).</summary>
    public static Deadline On(DateOnly date) => new(ChineseDate.Format(date), DeadlineKind.Dated, date, date);

    public bool HasPassed(DateOnly asOf) => Kind == DeadlineKind.Dated && End < asOf;
}
