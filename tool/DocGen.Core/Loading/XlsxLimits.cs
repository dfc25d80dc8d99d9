namespace DocGen.Loading;

/// <summary>
/// How far a workbook may reach. What it claims beyond these is hostile or damaged, not a table an office keeps,
/// so memory and time stay bounded by what the file really holds.
/// </summary>
internal static class XlsxLimits
{
    /// <summary>Excel's last column, XFD (Excel specifications and limits).</summary>
    public const int Columns = 16_384;

    /// <summary>Excel's last row.</summary>
    public const int Rows = 1_048_576;

    /// <summary>
    /// A part may inflate to 64 MiB. A 10,000-task sheet is about 4 MiB, so this leaves room for well over 100,000
    /// rows, while a zip bomb (a 2 MB file claiming gigabytes) is refused before a byte of it is parsed.
    /// </summary>
    public const long PartBytes = 64L * 1024 * 1024;

    /// <summary>
    /// SpreadsheetML nests about eight deep (worksheet/sheetData/row/c/is/r/t; extLst a few more); XML much deeper
    /// than that is not a workbook Excel or WPS wrote.
    /// </summary>
    public const int Depth = 64;

    /// <summary>
    /// Cells that merged ranges may fill in one sheet. “Same as above” for 类别 and 项目 of 100,000 tasks fills
    /// 200,000; a million cells of merges is a few tens of MiB, and a sheet that asks for more is refused.
    /// </summary>
    public const int MergedCells = 1_048_576;
}
