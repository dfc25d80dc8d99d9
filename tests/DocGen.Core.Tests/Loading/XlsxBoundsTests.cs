using DocGen.Diagnostics;
using DocGen.Tests.Support;

namespace DocGen.Tests.Loading;

/// <summary>
/// A small workbook that claims a huge sheet is read within bounds: each runs docgen in a child process with a
/// 256 MiB heap, where the old loader ran out of memory, overflowed its stack or ran for minutes.
/// </summary>
public sealed class XlsxBoundsTests
{
    private const int Padding = 96 * 1024 * 1024; // past the 64 MiB a part may inflate to

    [Fact]
    public void A_merge_over_the_whole_sheet_is_bounded_by_the_used_cells()
    {
        // Given units as a sheet with one merged range of a thousand columns by a hundred thousand rows below the table
        using var set = UnitsWorkbook(afterData: w => w.Write("<mergeCells count=\"1\"><mergeCell ref=\"A70:ALL100069\"/></mergeCells>"));

        // When it is checked under a small heap
        var (exit, output) = BoundedCheck.Run(set.Folder);

        // Then the merge fills nothing outside the table and the set is as clean as with units.csv
        Assert.True(exit == 0, output);
        Assert.Contains("检查通过", output);
    }

    [Fact]
    public void A_cell_beyond_column_XFD_is_an_error_at_that_cell()
    {
        // Given a cell at column EQXCZ, two and a half million columns in, far past Excel's last column XFD
        using var set = UnitsWorkbook(afterRows: w => w.Write("<row r=\"40\"><c r=\"EQXCZ40\" t=\"inlineStr\"><is><t>多余</t></is></c></row>"));

        // When it is checked
        var (exit, output) = BoundedCheck.Run(set.Folder);

        // Then the cell is reported where it claims to be, and nothing is allocated for the columns before it
        Assert.True(exit == 1, output);
        Assert.Contains("文件集.xlsx[units]!EQXCZ40: error DG1012: ", output);
    }

    [Fact]
    public void A_sheet_part_that_inflates_past_the_limit_is_refused_before_it_is_read()
    {
        // Given a zip bomb: a sheet whose compressed cells inflate to 96 MiB
        using var set = UnitsWorkbook(afterRows: w => Repeat(w, "<row r=\"40\">", "<c t=\"inlineStr\"><is><t>x</t></is></c>", "</row>"));
        Assert.True(new FileInfo(set.PathOf("文件集.xlsx")).Length < 2 * 1024 * 1024);

        // When it is checked
        var (exit, output) = BoundedCheck.Run(set.Folder);

        // Then the workbook is refused, naming the part
        Assert.True(exit == 1, output);
        Assert.Contains("文件集.xlsx: error DG1011: ", output);
        Assert.Contains("xl/worksheets/sheet1.xml", output);
    }

    [Fact]
    public void Shared_strings_that_inflate_past_the_limit_are_refused()
    {
        // Given a small workbook with 96 MiB of shared strings
        using var set = UnitsWorkbook(sharedStrings: w => Repeat(w, $"<sst xmlns=\"{HostileWorkbook.Main}\">", "<si><t>x</t></si>", "</sst>"));

        // When it is checked
        var (exit, output) = BoundedCheck.Run(set.Folder);

        // Then the workbook is refused, naming the shared strings
        Assert.True(exit == 1, output);
        Assert.Contains("文件集.xlsx: error DG1011: ", output);
        Assert.Contains("xl/sharedStrings.xml", output);
    }

    [Fact]
    public void Sheet_XML_nested_a_hundred_thousand_deep_is_an_error_at_its_place()
    {
        // Given a sheet with elements nested 100,000 deep after its data
        const int depth = 100_000;
        using var set = UnitsWorkbook(afterData: w =>
        {
            for (var i = 0; i < depth; i++)
                w.Write("<x>");
            for (var i = 0; i < depth; i++)
                w.Write("</x>");
        });

        // When it is checked
        var (exit, output) = BoundedCheck.Run(set.Folder);

        // Then it is a diagnostic at the sheet naming the part and its line and column, not a stack overflow
        Assert.True(exit == 1, output);
        Assert.Contains("文件集.xlsx[units]: error DG1010: ", output);
        Assert.Contains("xl/worksheets/sheet1.xml", output);
    }

    [Fact]
    public void Merged_cells_that_would_fill_more_than_a_million_cells_are_an_error()
    {
        // Given 1,100 rows with one cell each on a diagonal, all under one merged range: 1,210,000 cells to fill
        using var set = new SetEditor();
        File.Delete(set.PathOf("units.csv"));
        HostileWorkbook.Write(set.PathOf("文件集.xlsx"), "units", w =>
        {
            w.Write($"<worksheet xmlns=\"{HostileWorkbook.Main}\"><sheetData>");
            for (var i = 1; i <= 1100; i++)
                w.Write($"<row r=\"{i}\"><c r=\"{SourceLocation.ColumnName(i)}{i}\" t=\"inlineStr\"><is><t>单位</t></is></c></row>");
            w.Write($"</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A1:{SourceLocation.ColumnName(1100)}1100\"/></mergeCells></worksheet>");
        });

        // When it is checked
        var (exit, output) = BoundedCheck.Run(set.Folder);

        // Then it is refused at the sheet
        Assert.True(exit == 1, output);
        Assert.Contains("文件集.xlsx[units]: error DG1013: ", output);
    }

    [Fact]
    public void A_row_beyond_Excel_s_last_row_is_an_error_at_that_cell()
    {
        // Given a cell in row 1,048,577, one past Excel's last row
        using var set = UnitsWorkbook(afterRows: w => w.Write("<row r=\"1048577\"><c r=\"A1048577\" t=\"inlineStr\"><is><t>县教育局</t></is></c></row>"));

        // When it is checked
        var error = Assert.Single(set.Check(), d => d.Id == DiagnosticIds.WorkbookCellOutsideSheet);

        // Then the cell is named as Excel would name it
        Assert.Equal($"{Path.Combine("set", "文件集.xlsx")}[units]!A1048577", error.Location!.ToString());
        Assert.EndsWith("。", error.Message);
    }

    /// <summary>The sample set with units.csv moved into a workbook's sheet “units”, made hostile by the callbacks.</summary>
    private static SetEditor UnitsWorkbook(Action<TextWriter>? afterRows = null, Action<TextWriter>? afterData = null, Action<TextWriter>? sharedStrings = null)
    {
        var set = new SetEditor();
        HostileWorkbook.Write(set.PathOf("文件集.xlsx"), "units", HostileWorkbook.Sheet(set.PathOf("units.csv"), afterRows, afterData), sharedStrings);
        File.Delete(set.PathOf("units.csv"));
        return set;
    }

    /// <summary>Writes <paramref name="unit"/> over and over until the part passes <see cref="Padding"/> bytes.</summary>
    private static void Repeat(TextWriter writer, string open, string unit, string close)
    {
        writer.Write(open);
        var chunk = string.Concat(Enumerable.Repeat(unit, 4096));
        for (var written = 0L; written < Padding; written += chunk.Length)
            writer.Write(chunk);
        writer.Write(close);
    }
}
