using DocGen.Domain;

namespace DocGen.Tests.Domain;

public sealed class DatesTests
{
    [Theory]
    [InlineData("2023年1月19日")]
    [InlineData("2023-01-19")]
    [InlineData("2023/1/19")]
    public void Reads_full_dates_in_common_forms(string text)
    {
        Assert.True(ChineseDate.TryParse(text, out var date));
        Assert.Equal("2023年1月19日", ChineseDate.Format(date));
    }

    [Theory]
    [InlineData("20231月19")]
    [InlineData("2023年2月30日")]
    [InlineData("2023年1月")]
    public void Rejects_garbled_or_impossible_dates(string text) => Assert.False(ChineseDate.TryParse(text, out _));

    [Theory]
    [InlineData("2023-02", "2023年2月")]
    [InlineData("2023年2月", "2023年2月")]
    [InlineData("2023-02-15", "2023年2月15日")]
    public void Reads_phase_boundaries(string text, string printed)
    {
        Assert.True(PartialDate.TryParse(text, out var date));
        Assert.Equal(printed, date!.ToString());
    }

    [Fact]
    public void Prints_a_phase_span_without_repeating_the_year()
    {
        var phase = new Phase("全面创建阶段", new PartialDate(2023, 2, null), new PartialDate(2023, 12, null), "");
        Assert.Equal("2023年2月—12月", phase.Span);
        var across = phase with { End = new PartialDate(2024, 6, null) };
        Assert.Equal("2023年2月—2024年6月", across.Span);
    }
}
