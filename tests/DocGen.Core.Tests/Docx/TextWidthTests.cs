using DocGen.Docx;

namespace DocGen.Tests.Docx;

/// <summary>A character outside the Basic Multilingual Plane (two UTF-16 units) is one full-width character.</summary>
public sealed class TextWidthTests
{
    [Theory]
    [InlineData("县教育局", 4)]
    [InlineData("𠮷野家", 3)]
    [InlineData("2023年", 3.2)]
    [InlineData("𠮷2", 1.7)]
    public void A_line_is_as_wide_as_its_characters_not_its_UTF16_units(string text, double cells) =>
        Assert.Equal(cells, TextWidth.Cells(text), 6);

    [Theory]
    [InlineData("县𠮷局", 3)]
    [InlineData("AB𠮷", 2)]
    public void A_table_cell_is_as_long_as_its_characters_not_its_UTF16_units(string text, double length) =>
        Assert.Equal(length, ColumnWidths.DisplayLength(text), 6);
}
