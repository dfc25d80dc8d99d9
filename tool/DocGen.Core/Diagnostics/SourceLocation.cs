namespace DocGen.Diagnostics;

/// <summary>
/// A place in a user's file; line and column are 1-based (column 0 = the whole line or file). In a workbook the
/// line is the row and <see cref="Sheet"/> names the worksheet, printed as Excel does: <c>set.xlsx[任务分工]!F12</c>.
/// </summary>
public sealed record SourceLocation(string Path, int Line = 0, int Column = 0)
{
    public string? Sheet { get; init; }

    public override string ToString() => (Sheet, Line) switch
    {
        ({ } sheet, > 0) => $"{Path}[{sheet}]!{ColumnName(Math.Max(Column, 1))}{Line}",
        ({ } sheet, _) => $"{Path}[{sheet}]",
        (_, <= 0) => Path,
        _ => $"{Path}({Line},{Math.Max(Column, 1)})",
    };

    /// <summary>1 → A, 27 → AA.</summary>
    public static string ColumnName(int column)
    {
        var name = "";
        for (; column > 0; column = (column - 1) / 26)
            name = (char)('A' + ((column - 1) % 26)) + name;
        return name;
    }
}
