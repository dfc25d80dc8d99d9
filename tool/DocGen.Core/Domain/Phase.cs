using DocGen.Diagnostics;

namespace DocGen.Domain;

/// <summary>A 工作步骤 from phases.csv; a plan may leave its start (<c>2023年1月底前</c>), its end, or both open.</summary>
internal sealed record Phase(string Name, PartialDate? Start, PartialDate? End, string Content)
{
    public SourceLocation? StartLocation { get; init; }

    public SourceLocation? EndLocation { get; init; }

    /// <summary>Both bounds are known and the end is before the start (the town plan's <c>2024年12月-2024年1月</c>).</summary>
    public bool IsReversed => Start is { } s && End is { } e && e.Last < s.First;

    /// <summary>
    /// The span as the plan prints it, e.g. <c>2023年2月—12月</c>, <c>2024年1月—6月</c>, <c>2023年1月底前</c>,
    /// <c>2023年4月初起</c>; empty when neither bound is known.
    /// </summary>
    public string Span
    {
        get
        {
            if (Start is null)
                return End is null ? "" : $"{End}前";
            if (End is null)
                return $"{Start}起";
            var end = End.Year == Start.Year ? End.WithoutYear() : End.ToString();
            return Start == End ? Start.ToString() : $"{Start}—{end}";
        }
    }
}
