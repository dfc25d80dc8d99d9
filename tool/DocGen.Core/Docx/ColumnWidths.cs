namespace DocGen.Docx;

/// <summary>
/// Fixed column widths that fill the type area: short columns (序号, 时限) get what their longest cell needs,
/// long text columns share the rest in proportion to their content.
/// </summary>
internal static class ColumnWidths
{
    private const int CharWidth = GbT9704.SizeXiaoSi * 10; // 小四 = 12 pt = 240 twips
    private const int Padding = 240;
    private const double ShortColumn = 7;

    public static int[] Compute(IReadOnlyList<IReadOnlyList<string>> rows, int columns, int total)
    {
        var longest = new double[columns];
        foreach (var row in rows)
            for (var c = 0; c < columns && c < row.Count; c++)
                longest[c] = Math.Max(longest[c], DisplayLength(row[c]));

        var widths = new int[columns];
        var fixedTotal = 0;
        for (var c = 0; c < columns; c++)
        {
            widths[c] = (int)(Math.Min(Math.Max(longest[c], 2), ShortColumn) * CharWidth) + Padding;
            fixedTotal += widths[c];
        }

        var remaining = total - fixedTotal;
        var extra = longest.Select(l => Math.Max(0, Math.Sqrt(l) - Math.Sqrt(ShortColumn))).ToArray();
        var extraSum = extra.Sum();
        if (remaining > 0 && extraSum == 0)
            extra = Enumerable.Repeat(1.0, columns).ToArray();
        extraSum = extra.Sum();
        for (var c = 0; c < columns; c++)
            widths[c] += (int)(remaining * extra[c] / extraSum);
        widths[^1] += total - widths.Sum(); // rounding: the table is exactly the type-area width
        return widths;
    }

    public static double DisplayLength(string text) => text.Sum(ch => ch < 0x80 ? 0.5 : 1.0);
}
