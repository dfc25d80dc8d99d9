using System.Text.RegularExpressions;

namespace DocGen.Import;

/// <summary>
/// A 分工表 cell may hold several numbered sub-tasks (<c>（8）建立台账。（9）定期调度。</c>); the unit and deadline cells
/// beside it then list one value per sub-task, a line (or a number) each, in the same order.
/// </summary>
internal static partial class SubTaskSplitter
{
    /// <returns>The sub-tasks' texts without their numbers; the whole text alone when it holds fewer than two.</returns>
    public static IReadOnlyList<string> Split(string text)
    {
        var marks = Number().Matches(text);
        if (marks.Count < 2 || marks[0].Index != 0)
            return [text];
        return marks.Select((m, i) => text[(m.Index + m.Length)..(i + 1 < marks.Count ? marks[i + 1].Index : text.Length)].Trim()).ToList();
    }

    /// <summary>One value per sub-task when the cell lists exactly <paramref name="count"/>; otherwise the cell for each.</summary>
    public static IReadOnlyList<string> Spread(string cell, int count)
    {
        if (count < 2)
            return [cell];
        var numbered = Split(cell);
        if (numbered.Count == count)
            return numbered;
        var lines = cell.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return lines.Length == count ? lines : Enumerable.Repeat(cell, count).ToList();
    }

    // （8） or (8) at the start, after a line break or after a sentence: a number inside a sentence is no sub-task.
    [GeneratedRegex(@"(?<=^|[\n。；;])\s*[（(]\s*[0-9]{1,3}\s*[）)]")]
    private static partial Regex Number();
}
