using DocGen.Diagnostics;

namespace DocGen.Domain;

/// <summary>
/// How the manifest wrote the facts that rules judge beyond their value: a date's spelling, the number's place,
/// the 自查 phase it names and the scores it gives each 类别.
/// </summary>
internal sealed record FactSources
{
    public static FactSources None { get; } = new();

    /// <summary>The 发文字号 as written, when it was written (parsed or not).</summary>
    public WrittenText? DocumentNumber { get; init; }

    /// <summary>Every date the manifest wrote that could be read, in the manifest's order of fields.</summary>
    public IReadOnlyList<WrittenDate> Dates { get; init; } = [];

    public SourceLocation? SignDate { get; init; }

    /// <summary>The 印发日期's own place; none when it was left out and the 成文日期 stands for it.</summary>
    public SourceLocation? PrintDate { get; init; }

    public SourceLocation? SelfCheckDeadline { get; init; }

    /// <summary>The 自查阶段 the manifest names; none when the rules are to find it by its words.</summary>
    public WrittenText? SelfCheckPhase { get; init; }

    /// <summary>The manifest's 类别分值: each category's total score, to be met by its tasks' 分值.</summary>
    public IReadOnlyList<CategoryScore> CategoryScores { get; init; } = [];
}

/// <summary>A value as written, and where.</summary>
internal sealed record WrittenText(string Text, SourceLocation Location);

/// <summary>A date as written (<paramref name="Written"/>), its value, and what it is (<paramref name="Name"/>: 成文日期 …).</summary>
internal sealed record WrittenDate(string Name, string Written, DateOnly Date, SourceLocation Location);

/// <summary>A category's total score as the manifest gives it.</summary>
internal sealed record CategoryScore(string Category, decimal Total, SourceLocation Location);
