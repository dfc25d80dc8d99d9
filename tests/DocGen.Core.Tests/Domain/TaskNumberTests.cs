using DocGen.Domain;

namespace DocGen.Tests.Domain;

public sealed class TaskNumberTests
{
    [Theory]
    [InlineData("3", new[] { 3 })]
    [InlineData("1.1", new[] { 1, 1 })]
    [InlineData("7.1.2", new[] { 7, 1, 2 })]
    [InlineData("２．３", new[] { 2, 3 })]
    [InlineData("2、3", new[] { 2, 3 })]
    [InlineData("一", new[] { 1 })]
    [InlineData("一、", new[] { 1 })]
    [InlineData("二十三", new[] { 23 })]
    [InlineData("五.3", new[] { 5, 3 })]
    [InlineData("(1)", new[] { 1 })]
    [InlineData("（12）", new[] { 12 })]
    public void Reads_the_numbers_offices_write_by_their_structure(string text, int[] parts)
    {
        var number = TaskNumber.Parse(text);
        Assert.NotNull(number);
        Assert.Equal(parts, number.Parts);
        Assert.Equal(text, number.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("第三")]
    [InlineData("1..2")]
    [InlineData("A")]
    public void Rejects_what_is_no_number(string text) => Assert.Null(TaskNumber.Parse(text));

    [Fact]
    public void Numbers_written_with_other_dots_or_numerals_are_equal()
    {
        Assert.Equal(TaskNumber.Parse("1.1"), TaskNumber.Parse("1．1"));
        Assert.Equal(TaskNumber.Parse("五.3"), TaskNumber.Parse("5.3"));
        Assert.NotEqual(TaskNumber.Parse("1.1"), TaskNumber.Parse("1.1.1"));
    }

    [Theory]
    [InlineData(null, "1", true)]
    [InlineData(null, "1.1", true)]
    [InlineData(null, "五.1", true)]
    [InlineData(null, "2", false)]
    [InlineData("1.1", "1.2", true)]
    [InlineData("1.2", "2.1", true)]
    [InlineData("2.2", "3", true)]
    [InlineData("3", "3.1", true)]
    [InlineData("7.1.2", "8", true)]
    [InlineData("四", "五.1", true)]
    [InlineData("1.2", "1.1", false)]
    [InlineData("1.1", "1.1", false)]
    [InlineData("1.2", "1.4", false)]
    [InlineData("1.2", "3", false)]
    public void Follows_a_number_one_step_up_at_some_level(string? previous, string next, bool follows) =>
        Assert.Equal(follows, TaskNumber.Parse(next)!.Follows(previous is null ? null : TaskNumber.Parse(previous)));

    [Theory]
    [InlineData("1.2", "1.4", "1.3")]
    [InlineData("四", "六", "五")]
    [InlineData("五.2", "五.5", "五.3")]
    [InlineData("2、1", "2、3", "2、2")]
    [InlineData("（12）", "（14）", "（13）")]
    public void Suggests_the_expected_number_in_the_way_the_table_writes_it(string previous, string next, string expected)
    {
        var number = TaskNumber.Parse(next)!;
        Assert.Equal(expected, number.Format(number.ExpectedAfter(TaskNumber.Parse(previous))));
    }

    [Theory]
    [InlineData(1, "一")]
    [InlineData(10, "十")]
    [InlineData(12, "十二")]
    [InlineData(20, "二十")]
    [InlineData(63, "六十三")]
    [InlineData(105, "一百零五")]
    public void Chinese_numerals_read_back_what_they_write(int n, string text)
    {
        Assert.Equal(text, ChineseNumeral.Format(n));
        Assert.Equal(n, ChineseNumeral.Parse(text));
    }
}
