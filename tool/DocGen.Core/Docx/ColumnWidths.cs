namespace DocGen.Docx;

/// <summary>
/// Fixed column widths that fill the type area. Every column first gets room for its longest cell or four
/// characters, whichever is less (序号 and 分值 stay narrow, a 4-character header never wraps); the rest is handed
/// out one character at a time to the column that shortens the table most, so no cell towers over its row
/// (a 牵头单位 in five lines next to a task in two), and what is left in proportion to the average text.
/// A vertically merged cell spreads over its group's rows.
/// </summary>
internal static class ColumnWidths
{
    private const double CharWidth = GbT9704.SizeXiaoSi * 10; // 小四 = 12 pt = 240 twips
    private const int Padding = 2 * GbT9704.TableCellPaddingHorizontal + 60; // cell margins and a little air
    private const double MinimumChars = 4;
    private const double ShortColumn = 10;
    private const double MergedChars = 2;

    public static int[] Compute(IReadOnlyList<IReadOnlyList<string>> rows, int columns, int total, IReadOnlyList<int>? mergedColumns = null)
    {
        var lengths = Lengths(rows, columns, mergedColumns ?? []);
        // Short fields break only between phrases (PhraseLines); a merged group's text is shared by its rows instead.
        var phrases = rows.Select(r => Enumerable.Range(0, columns)
            .Select(c => c < r.Count && !(mergedColumns ?? []).Contains(c) ? PhraseLines.Of(r[c]) : null).ToArray()).ToArray();
        // A merged column's text stands beside all its group's rows: two characters a line is room enough (基础/工作).
        var chars = Enumerable.Range(0, columns)
            .Select(c => (mergedColumns ?? []).Contains(c) ? Math.Min(MergedChars, Floor(rows, c)) : Math.Max(Floor(rows, c), PhraseFloor(phrases, c))).ToArray();
        var available = (total - (columns * Padding)) / CharWidth - chars.Sum();
        double Lines(int r, int c, double width) => phrases[r][c] is { } field ? field.Count(width) : ColumnWidths.Lines(lengths[r][c], width);
        var lines = lengths.Select((row, r) => row.Select((_, c) => Lines(r, c, chars[c])).ToArray()).ToArray();
        var tallest = new (int Column, double First, double Second)[lines.Length];
        while (available >= 1)
        {
            for (var r = 0; r < lines.Length; r++)
                tallest[r] = TwoTallest(lines[r]);
            var best = Enumerable.Range(0, columns).Select(c => (Column: c, Benefit: Benefit(lines, tallest, r => Lines(r, c, chars[c] + 1), c))).MaxBy(b => b.Benefit);
            if (best.Benefit <= 0)
                break;
            chars[best.Column]++;
            available--;
            for (var r = 0; r < lengths.Length; r++)
                lines[r][best.Column] = Lines(r, best.Column, chars[best.Column]);
        }
        // What no column needs is shared in proportion to the columns' average text, so long texts get the air.
        // A merged column keeps a whole number of characters: 工作机制 prints 工作/机制, never 工作机/制.
        var average = Enumerable.Range(0, columns).Select(c => (mergedColumns ?? []).Contains(c) ? 0 : lengths.Average(r => r[c])).ToArray();
        for (var c = 0; c < columns; c++)
            chars[c] += available * average[c] / average.Sum();
        var widths = chars.Select(c => (int)(c * CharWidth) + Padding).ToArray();
        // Rounding goes to the widest column; the table is exactly the type area.
        widths[Array.IndexOf(widths, widths.Max())] += total - widths.Sum();
        return widths;
    }

    /// <summary>
    /// A column's least width: its longest cell or four characters, whichever is less; a short column (dates,
    /// 时限 of up to ten characters) gets enough to print every cell in two lines, so no lone “前” wraps to a third.
    /// </summary>
    private static double Floor(IReadOnlyList<IReadOnlyList<string>> rows, int column)
    {
        var longest = rows.Max(r => column < r.Count ? TextWidth.CharacterCells(r[column]) : 0);
        var floor = Math.Clamp(Math.Ceiling(longest), 1, MinimumChars);
        return longest <= ShortColumn ? Math.Max(floor, Math.Ceiling(longest / 2) + 1) : floor;
    }

    /// <summary>The characters of text a column of <paramref name="width"/> twips holds a line, as <see cref="Compute"/> counted them.</summary>
    public static double TextChars(int width) => (width - Padding) / CharWidth;

    /// <summary>Room for the widest phrase of the column's short fields, so that none breaks inside (PhraseLines).</summary>
    private static double PhraseFloor(PhraseLines?[][] phrases, int column)
    {
        var widest = phrases.Max(r => r[column]?.Widest ?? 0);
        return widest == 0 ? 0 : Math.Ceiling(widest);
    }

    /// <summary>Cells' lengths in 小四 characters (<see cref="TextWidth.CharacterCells"/>) per row and column; a merged group's text counts once, shared by its rows.</summary>
    private static double[][] Lengths(IReadOnlyList<IReadOnlyList<string>> rows, int columns, IReadOnlyList<int> merged)
    {
        var lengths = rows.Select(r => Enumerable.Range(0, columns).Select(c => c < r.Count ? TextWidth.CharacterCells(r[c]) : 0).ToArray()).ToArray();
        foreach (var c in merged)
            for (var start = 1; start < rows.Count;)
            {
                var end = start + 1;
                while (end < rows.Count && lengths[end][c] == lengths[start][c] && Cell(rows, end, c) == Cell(rows, start, c))
                    end++;
                for (var r = start; r < end; r++)
                    lengths[r][c] /= end - start;
                start = end;
            }
        return lengths;
    }

    /// <summary>
    /// How much widening column <paramref name="column"/> by one character helps: table lines saved, and a fifth as
    /// much for lines saved inside its own cells (a date wrapped into three short lines looks broken even where
    /// its row is tall anyway).
    /// </summary>
    /// <remarks>Works from the current line counts and each row's two tallest cells, so a step costs one pass over the rows.</remarks>
    private static double Benefit(double[][] lines, (int Column, double First, double Second)[] tallest, Func<int, double> widenedLines, int column)
    {
        double saved = 0, cellLines = 0;
        for (var r = 0; r < lines.Length; r++)
        {
            var others = tallest[r].Column == column ? tallest[r].Second : tallest[r].First;
            var (now, widened) = (lines[r][column], widenedLines(r));
            saved += Math.Max(now, others) - Math.Max(widened, others);
            cellLines += now - widened;
        }
        return saved + (0.2 * cellLines);
    }

    /// <summary>The tallest cell of a row (its column and lines) and the second tallest.</summary>
    private static (int Column, double First, double Second) TwoTallest(double[] row)
    {
        var (column, first, second) = (-1, 0.0, 0.0);
        for (var c = 0; c < row.Length; c++)
        {
            if (row[c] > first)
                (column, first, second) = (c, row[c], first);
            else if (row[c] > second)
                second = row[c];
        }
        return (column, first, second);
    }

    /// <summary>Lines a cell takes; half a character of each line is lost to breaking before a number or a word.</summary>
    private static double Lines(double length, double chars) => length == 0 ? 0 : Math.Ceiling(Math.Round(length / Math.Max(1, chars - 0.5), 6));

    private static string Cell(IReadOnlyList<IReadOnlyList<string>> rows, int row, int column) =>
        column < rows[row].Count ? rows[row][column] : "";
}
