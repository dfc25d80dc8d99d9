using DocGen.Docx;

namespace DocGen.Tests.Docx;

/// <summary>The one measure of printed text: by character, not UTF-16 unit, with the spacing between Chinese and ASCII.</summary>
public sealed class TextWidthTests
{
    [Theory]
    [InlineData("县教育局", 4)]
    [InlineData("𠮷野家", 3)]
    [InlineData("2023年", 3.2)]
    [InlineData("𠮷2", 1.7)]
    [InlineData("2023 年", 3.5)]
    public void A_line_is_as_wide_as_its_characters_not_its_UTF16_units(string text, double cells) =>
        Assert.Equal(cells, TextWidth.Cells(text), 6);

    [Theory]
    [InlineData("县𠮷局", 3)]
    [InlineData("AB𠮷", 2)]
    [InlineData("2023年", 3)]
    public void A_table_cell_is_as_long_as_its_characters_without_the_spacing(string text, double length) =>
        Assert.Equal(length, TextWidth.CharacterCells(text), 6);

    [Theory]
    [InlineData("Cafe\u0301", 2)] // é as e and a combining acute: one half-width letter
    [InlineData("县\u200B局", 2)] // a zero-width space prints nothing
    [InlineData("2\u200B年", 1.7)] // and keeps the spacing between the digit and 年
    public void Combining_marks_and_invisible_characters_add_no_width(string text, double cells) =>
        Assert.Equal(cells, TextWidth.Cells(text), 6);

    [Theory]
    [InlineData("2023年", "12月", 0.2)]
    [InlineData("县委办、", "县政府办", 0)]
    [InlineData("至", "2024", 0.2)]
    public void Two_pieces_on_one_line_are_as_wide_as_both_and_the_spacing_between(string before, string after, double join)
    {
        Assert.Equal(join, TextWidth.Join(before, after), 6);
        Assert.Equal(TextWidth.Cells(before + after), TextWidth.Cells(before) + join + TextWidth.Cells(after), 6);
    }

    [Fact]
    public void Characters_keep_a_surrogate_pair_and_a_combining_mark_whole()
    {
        var characters = TextWidth.Characters("𠮷e\u0301年");
        Assert.Equal([(0, 2), (2, 2), (4, 1)], characters.Select(c => (c.Start, c.Length)));
        Assert.Equal([1, 0.5, 1], characters.Select(c => c.Cells));
    }
}
