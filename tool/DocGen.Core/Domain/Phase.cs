using DocGen.Diagnostics;

namespace DocGen.Domain;

/// <summary>A 工作步骤 from phases.csv.</summary>
public sealed record Phase(string Name, PartialDate Start, PartialDate End, string Content)
{
    public SourceLocation? StartLocation { get; init; }

    public SourceLocation? EndLocation { get; init; }

    /// <summary>The span as the plan prints it, e.g. <c>2023年2月—12月</c> or <c>2024年1月—6月</c>.</summary>
    public string Span
    {
        get
        {
            var end = End.Year == Start.Year
                ? End.Day is { } d ? $"{End.Month}月{d}日" : $"{End.Month}月"
                : End.ToString();
            return Start == End ? Start.ToString() : $"{Start}—{end}";
        }
    }
}
