using DocGen.Binding;

namespace DocGen.Tests.Binding;

public sealed class UnitListSplitterTests
{
    [Theory]
    [InlineData("县教育局、县公安局", new[] { "县教育局", "县公安局" })]
    [InlineData("县教育局，县公安局;县民政局\n县财政局", new[] { "县教育局", "县公安局", "县民政局", "县财政局" })]
    [InlineData("各乡镇（街道、管委会）", new[] { "各乡镇（街道、管委会）" })]
    [InlineData("县(市、区)市场监管局、县教育局", new[] { "县(市、区)市场监管局", "县教育局" })]
    [InlineData("各乡镇（街道，管委会）、县公安局", new[] { "各乡镇（街道，管委会）", "县公安局" })]
    [InlineData(" 县教育局 、、 ", new[] { "县教育局" })]
    [InlineData("县教育局（未闭合、县公安局", new[] { "县教育局（未闭合、县公安局" })]
    public void Splits_at_separators_outside_brackets(string cell, string[] names) => Assert.Equal(names, UnitListSplitter.Split(cell));
}
