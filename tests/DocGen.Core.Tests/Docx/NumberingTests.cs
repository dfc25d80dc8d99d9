using DocGen.Docx;

namespace DocGen.Tests.Docx;

public sealed class NumberingTests
{
    [Theory]
    [InlineData(1, "一")]
    [InlineData(10, "十")]
    [InlineData(11, "十一")]
    [InlineData(20, "二十")]
    [InlineData(38, "三十八")]
    [InlineData(105, "一百零五")]
    [InlineData(110, "一百一十")]
    public void Writes_Chinese_numerals(int n, string expected) => Assert.Equal(expected, ChineseNumerals.Format(n));

    [Fact]
    public void Numbers_restart_under_each_parent()
    {
        var numbering = new HeadingNumberer();
        var printed = new[] { (1, false), (2, false), (2, false), (1, false), (2, false), (3, false), (4, false), (4, false) }
            .Select(h => numbering.Next(h.Item1, h.Item2));
        Assert.Equal(["一、", "（一）", "（二）", "二、", "（一）", "1.", "（1）", "（2）"], printed);
    }

    [Fact]
    public void Continuous_headings_carry_on_across_parents_until_a_new_title()
    {
        var numbering = new HeadingNumberer();
        var printed = new List<string>
        {
            numbering.Next(2, false), numbering.Next(3, true), numbering.Next(3, true),
            numbering.Next(2, false), numbering.Next(3, true),
        };
        numbering.Restart();
        printed.Add(numbering.Next(3, true));
        Assert.Equal(["（一）", "1.", "2.", "（二）", "3.", "1."], printed);
    }
}
