namespace DocGen.Docx;

/// <summary>
/// Fixed column widths that fill the type area: every column gets room for a few characters (序号, 时限 need
/// no more), and text columns share the rest in proportion to their average length.
/// </summary>
internal static class ColumnWidths
{
    private const int CharWidth = GbT9704.SizeXiaoSi * 10; // 小四 = 12 pt = 240 twips
    private const int Padding = 300; // cell margins (2 × 108 twips) and a little air
    private const double ShortColumn = 4;

    public static int[] Compute(IReadOnlyList<IReadOnlyList<string>> rows, int columns, int total)
    {
        var longest = new double[columns];
        var sum = new double[columns];
        foreach (var row in rows)
            for (var c = 0; c < columns && c < row.Count; c++)
            {
                var length = DisplayLength(row[c]);
                longest[c] = Math.Max(longest[c], length);
                sum[c] += length;
            }

        var widths = new int[columns];
        for (var c = 0; c < columns; c++)
            widths[c] = (int)(Math.Clamp(longest[c], 2, ShortColumn) * CharWidth) + Padding;

        var remaining = total - widths.Sum();
        var extra = sum.Select(s => Math.Max(0, s / Math.Max(rows.Count, 1) - ShortColumn)).ToArray();
        if (extra.Sum() == 0)
            extra = Enumerable.Repeat(1.0, columns).ToArray();
        var extraSum = extra.Sum();
        for (var c = 0; c < columns; c++)
            widths[c] += (int)(remaining * extra[c] / extraSum);
        widths[^1] += total - widths.Sum(); // rounding: the table is exactly the type-area width
        return widths;
    }

    public static double DisplayLength(string text) => text.Sum(ch => ch < 0x80 ? 0.5 : 1.0);
}
