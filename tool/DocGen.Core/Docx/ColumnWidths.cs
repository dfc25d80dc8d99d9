namespace DocGen.Docx;

/// <summary>
/// Fixed column widths that fill the type area. Widths follow each column's average text length, so every
/// column wraps to about the same number of lines; no column is narrower than its longest cell or four
/// characters, whichever is less (序号 and 分值 stay narrow, a 4-character header never wraps).
/// </summary>
internal static class ColumnWidths
{
    private const double CharWidth = GbT9704.SizeXiaoSi * 10; // 小四 = 12 pt = 240 twips
    private const int Padding = 300; // cell margins (2 × 108 twips) and a little air
    private const double MinimumChars = 4;

    public static int[] Compute(IReadOnlyList<IReadOnlyList<string>> rows, int columns, int total)
    {
        var longest = new double[columns];
        var average = new double[columns];
        foreach (var row in rows)
            for (var c = 0; c < columns && c < row.Count; c++)
            {
                var length = DisplayLength(row[c]);
                longest[c] = Math.Max(longest[c], length);
                average[c] += length / rows.Count;
            }

        var floor = longest.Select(l => Math.Clamp(l, 1, MinimumChars)).ToArray();
        var chars = Distribute((total - columns * Padding) / CharWidth, average.Select(a => Math.Max(a, 0.5)).ToArray(), floor);
        var widths = chars.Select(c => (int)(c * CharWidth) + Padding).ToArray();
        widths[^1] += total - widths.Sum(); // rounding: the table is exactly the type-area width
        return widths;
    }

    /// <summary>Shares <paramref name="available"/> in proportion to the weights, fixing at its floor any column that would fall below it.</summary>
    private static double[] Distribute(double available, double[] weight, double[] floor)
    {
        var fixedAt = new bool[weight.Length];
        var result = new double[weight.Length];
        while (true)
        {
            var free = Enumerable.Range(0, weight.Length).Where(c => !fixedAt[c]).ToList();
            var left = available - Enumerable.Range(0, weight.Length).Where(c => fixedAt[c]).Sum(c => floor[c]);
            var weights = free.Sum(c => weight[c]);
            var changed = false;
            foreach (var c in free)
            {
                result[c] = left * weight[c] / weights;
                if (result[c] < floor[c])
                {
                    fixedAt[c] = true;
                    result[c] = floor[c];
                    changed = true;
                }
            }
            if (!changed || free.Count == 0)
                return result;
        }
    }

    public static double DisplayLength(string text) => text.Sum(ch => ch < 0x80 ? 0.5 : 1.0);
}
