namespace DocGen.Docx;

/// <summary>
/// Breaks a title into lines of at most 20 二号 characters (GB/T 9704 7.3.1, gbt9704.md §5): at word boundaries
/// such as 关于 / 印发 / 《…》 / 的通知, balanced, never inside a number, top line shorter on a tie (正梯形).
/// </summary>
internal static class TitleLineBreaker
{
    private static readonly string[] BreakBefore =
    [
        "关于", "印发", "《", "的通知", "的报告", "的意见", "的决定", "的方案", "工作", "实施方案", "自查", "创建", "国家",
        "重点", "任务", "分工",
    ];
    private static readonly string[] BreakAfter = ["关于", "》", "办公室", "人民政府", "委员会", "局", "印发"];

    public static IReadOnlyList<string> Break(string title, int maxPerLine = GbT9704.TitleMaxCharacters)
    {
        // Positions are characters (text elements), not UTF-16 units: a break inside a surrogate pair (𠮷) or between a
        // letter and its combining mark would leave half a character, which XML cannot carry. at[i] is where character i starts.
        var total = 2 * TextWidth.Cells(title); // half-cells: ASCII is half a character
        var lines = (int)Math.Ceiling(Math.Round(total / (2.0 * maxPerLine), 6));
        if (lines <= 1)
            return [title];
        var characters = TextWidth.Characters(title);
        var at = characters.Select(c => c.Start).Append(title.Length).ToArray();
        var n = characters.Count;
        if (lines > MaxBalancedLines)
            return Chunks(title, at, maxPerLine); // no real title is this long; keep hostile input cheap
        // A line [start, end) is prefix[end] - prefix[start] - join[start] wide: the spacing before its first character
        // (between 2023 and 年, say) falls at the break and is not printed.
        var prefix = new double[n + 1];
        var join = new double[n + 1];
        for (var i = 0; i < n; i++)
        {
            join[i] = i == 0 ? 0 : 2 * TextWidth.Join(title[at[i - 1]..at[i]], title[at[i]..at[i + 1]]);
            prefix[i + 1] = prefix[i] + join[i] + (2 * characters[i].Cells);
        }
        double Width(int start, int end) => prefix[end] - prefix[start] - join[start];
        // Each position's penalty once, not once per line and start the programme below tries.
        var penalty = new double[n + 1];
        for (var i = 1; i < n; i++)
            penalty[i] = BreakPenalty(title, at[i]);

        // Dynamic programme over break positions: cost[k][i] = best cost of putting elements [0..i) on k lines.
        var ideal = total / (double)lines;
        var cost = new double[lines + 1, n + 1];
        var from = new int[lines + 1, n + 1];
        for (var k = 0; k <= lines; k++)
            for (var i = 0; i <= n; i++)
                cost[k, i] = double.PositiveInfinity;
        cost[0, 0] = 0;
        for (var k = 1; k <= lines; k++)
            for (var end = 1; end <= n; end++)
                for (var start = end - 1; start >= 0 && Width(start, end) <= (2 * maxPerLine) + Tolerance; start--)
                {
                    if (double.IsPositiveInfinity(cost[k - 1, start]))
                        continue;
                    var w = Width(start, end);
                    // Meaning before shape (7.3.1): a line 2 characters off the ideal costs as much as a break inside a word.
                    var c = cost[k - 1, start] + Math.Abs(w - ideal) / 4 + penalty[end]
                        + (k < lines && w > ideal ? 0.5 : 0); // prefer upper lines no longer than lower ones
                    if (c < cost[k, end])
                    {
                        cost[k, end] = c;
                        from[k, end] = start;
                    }
                }

        var result = new List<string>();
        for (int k = lines, end = n; k > 0; k--)
        {
            var start = from[k, end];
            result.Insert(0, title[at[start]..at[end]]);
            end = start;
        }
        return result;
    }

    private const int MaxBalancedLines = 6;

    /// <summary>Widths add up fifths of a cell in floating point: a line exactly full stays full.</summary>
    private const double Tolerance = 1e-6;

    private static List<string> Chunks(string title, int[] at, int maxPerLine)
    {
        var result = new List<string>();
        for (var i = 0; i < at.Length - 1; i += maxPerLine)
            result.Add(title[at[i]..at[Math.Min(i + maxPerLine, at.Length - 1)]]);
        return result;
    }

    private static double BreakPenalty(string title, int at)
    {
        var before = title.AsSpan(0, at);
        var after = title.AsSpan(at);
        if (char.IsAsciiLetterOrDigit(before[^1]) && char.IsAsciiLetterOrDigit(after[0]))
            return 100;
        foreach (var word in BreakBefore)
            if (after.StartsWith(word, StringComparison.Ordinal))
                return 0;
        foreach (var word in BreakAfter)
            if (before.EndsWith(word, StringComparison.Ordinal))
                return 0;
        // Anywhere else may be inside a word (食品安|全): worse than lines 16 characters apart, worse still inside 《》.
        var open = before.LastIndexOf('《');
        return open > before.LastIndexOf('》') ? 10 : 8;
    }
}
