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

    [Theory]
    [InlineData("2024年5月上旬", "2024-05-01", "2024-05-10")]
    [InlineData("2024年5月中旬", "2024-05-11", "2024-05-20")]
    [InlineData("2024年5月中", "2024-05-11", "2024-05-20")]
    [InlineData("2024年2月下旬", "2024-02-21", "2024-02-29")]
    [InlineData("2023年4月初", "2023-04-01", "2023-04-10")]
    [InlineData("2023年1月底", "2023-01-21", "2023-01-31")]
    [InlineData("2023年底", "2023-12-01", "2023-12-31")]
    [InlineData("2023年初", "2023-01-01", "2023-01-31")]
    public void Reads_parts_of_a_month_or_year_in_phase_boundaries(string text, string first, string last)
    {
        Assert.True(PartialDate.TryParse(text, out var date));
        Assert.Equal((DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture)), (date!.First, date.Last));
        Assert.Equal(text, date.ToString());
    }

    [Fact]
    public void Prints_a_span_with_an_open_end_or_start()
    {
        var end = new PartialDate(2023, 1, null) { Part = "底" };
        Assert.Equal("2023年1月底前", new Phase("安排部署阶段", null, end, "").Span);
        Assert.Equal("2023年4月初起", new Phase("常态推进", new PartialDate(2023, 4, null) { Part = "初" }, null, "").Span);
        Assert.Equal("", new Phase("巩固", null, null, "").Span);
        Assert.Equal("2024年5月中旬—6月", new Phase("全面推进阶段", new PartialDate(2024, 5, null) { Part = "中旬" }, new PartialDate(2024, 6, null), "").Span);
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
