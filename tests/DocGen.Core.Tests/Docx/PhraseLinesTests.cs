using DocGen.Docx;

namespace DocGen.Tests.Docx;

/// <summary>Short table fields break only between phrases; merged labels break into even lines.</summary>
public sealed class PhraseLinesTests
{
    [Theory]
    [InlineData("2023年12月底前", 4, new[] { "2023年", "12月底前" })]
    [InlineData("2023年6月30日前", 5, new[] { "2023年", "6月", "30日前" })]
    [InlineData("2023年6月30日前", 6, new[] { "2023年6月", "30日前" })]
    [InlineData("2023年6月30日前", 20, new[] { "2023年6月30日前" })]
    [InlineData("2023年4月—12月", 5, new[] { "2023年", "4月—", "12月" })]
    [InlineData("县司法局、县公安局、各乡镇人民政府", 10, new[] { "县司法局、县公安局、", "各乡镇人民政府" })]
    [InlineData("县司法局、县公安局、各乡镇人民政府", 9, new[] { "县司法局、", "县公安局、", "各乡镇人民政府" })]
    // A name longer than a line stands on lines of its own; the names around it stay whole.
    [InlineData("县公安局、县食品药品安全委员会各成员单位、各乡镇人民政府", 9, new[] { "县公安局、", "县食品药品安全委员会各成员单位、", "各乡镇人民政府" })]
    public void Breaks_a_short_field_only_between_its_phrases(string text, double width, string[] expected)
    {
        var field = PhraseLines.Of(text);

        Assert.NotNull(field);
        Assert.Equal(expected, field.Lines(width));
        Assert.Equal(expected.Length + (expected.Any(l => TextWidth.Cells(l) > width) ? 1 : 0), field.Count(width));
    }

    [Theory]
    [InlineData("落实责任。加强监管")]
    [InlineData("建立健全食品安全追溯体系，强化监管")]
    [InlineData("")]
    public void Leaves_prose_to_the_renderer(string text) => Assert.Null(PhraseLines.Of(text));

    [Fact]
    public void The_widest_phrase_is_the_column_s_least_width_and_long_names_do_not_count()
    {
        Assert.Equal(4.2, PhraseLines.Of("2023年12月底前")!.Widest, 3);
        Assert.Equal(7, PhraseLines.Of("县食品药品安全委员会各成员单位、各乡镇人民政府")!.Widest, 3);
    }

    [Theory]
    [InlineData("工作机制", 3, new[] { "工作", "机制" })]
    [InlineData("食品安全追溯", 2, new[] { "食品", "安全", "追溯" })]
    [InlineData("社会共治体系建设", 3, new[] { "社会", "共治", "体系", "建设" })]
    [InlineData("食品安全追溯体系", 5, new[] { "食品安全", "追溯体系" })]
    public void Breaks_a_merged_label_into_even_lines(string text, double width, string[] expected) =>
        Assert.Equal(expected, BalancedLines.Of(text, width));

    [Theory]
    [InlineData("基础工作", 4)]
    [InlineData("落实责任。加强监管", 2)]
    public void Leaves_a_label_that_fits_or_a_sentence_alone(string text, double width) => Assert.Null(BalancedLines.Of(text, width));
}
