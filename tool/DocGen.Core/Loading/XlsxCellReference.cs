using System.Globalization;
using DocGen.Diagnostics;

namespace DocGen.Loading;

/// <summary>
/// “C12” → row 12, column 3, within Excel's grid. A reference outside it is refused at the place it names, so a
/// cell at column EQXCZ costs one diagnostic instead of two and a half million empty columns.
/// </summary>
internal static class XlsxCellReference
{
    // Six letters still fit an int (ZZZZZZ is column 321,272,406), so such a place can still be named; a seventh could overflow.
    private const int MaxLetters = 6;

    /// <param name="sheet">The sheet being read, for the location of an error.</param>
    public static (int Row, int Column) Parse(string reference, SourceLocation sheet)
    {
        var letters = 0;
        while (letters < reference.Length && char.IsAsciiLetter(reference[letters]))
            letters++;
        var digits = reference.AsSpan(letters);
        if (letters == 0 || digits.IsEmpty || digits.ContainsAnyExceptInRange('0', '9'))
            throw new WorkbookRejectedException(DiagnosticIds.WorkbookUnreadable,
                $"工作表中的单元格引用“{reference}”无效，文件可能已损坏。请在 Excel/WPS 中打开后另存为 .xlsx，或改用 CSV 文件。");
        if (letters > MaxLetters || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var row))
            throw Outside(reference, sheet);

        var column = 0;
        foreach (var letter in reference.AsSpan(0, letters))
            column = column * 26 + (char.ToUpperInvariant(letter) - 'A' + 1);
        if (row == 0 || column > XlsxLimits.Columns || row > XlsxLimits.Rows)
            throw Outside(reference, row == 0 ? sheet : sheet with { Line = row, Column = column });
        return (row, column);
    }

    private static WorkbookRejectedException Outside(string reference, SourceLocation at) =>
        new(DiagnosticIds.WorkbookCellOutsideSheet,
            $"单元格“{reference}”在 Excel 工作表的范围（A1 至 XFD{XlsxLimits.Rows}）之外，Excel/WPS 保存的文件不会有它，文件可能已损坏。"
            + "请在 Excel/WPS 中打开后另存为 .xlsx，或改用 CSV 文件。", at);
}
