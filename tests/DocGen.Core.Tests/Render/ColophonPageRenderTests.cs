using Xunit.Abstractions;

namespace DocGen.Tests.Render;

/// <summary>
/// 7.5 and gbt9704.md §3.3: printed double-sided, the notice's 版记 closes the document on an even page, the back of
/// the last sheet. It follows the landscape 任务分工表 on a page of its own, which starts on the next even page: when
/// the table ends on an even page a blank page (no text, no number) comes between. Its last rule still lies on the
/// bottom of the type area (RenderedLayoutTests.Colophon_closes_the_last_page_on_the_bottom_of_the_type_area).
/// </summary>
public sealed class ColophonPageRenderTests(RenderedSampleFixture rendered, ITestOutputHelper output) : IClassFixture<RenderedSampleFixture>
{
    private const string Notice = "印发通知";

    [SkippableFact]
    public void The_colophon_page_of_the_notice_is_even()
    {
        RenderedSampleFixture.RequireTools();
        var pages = rendered.Pages(Notice);
        var last = pages[^1];
        Assert.False(last.Landscape);
        Assert.Contains(last.Lines, l => l.Compact.StartsWith("抄送：", StringComparison.Ordinal));
        // The PDF keeps every page, so its page count is the printed number of the 版记 page.
        var number = Assert.Single(last.Lines, TypeArea.IsPageNumber);
        Assert.Equal($"—{last.Number}—", number.Compact);
        Assert.True(last.Number % 2 == 0, $"版记 on page {last.Number}, an odd page");

        var tableEnd = pages.Last(p => p.Landscape);
        output.WriteLine($"table ends on page {tableEnd.Number}, 版记 on page {last.Number} of {pages.Count}");
        Assert.Equal(tableEnd.Number % 2 == 0 ? tableEnd.Number + 2 : tableEnd.Number + 1, last.Number);
        if (last.Number == tableEnd.Number + 2)
        {
            var blank = pages[^2];
            Assert.False(blank.Landscape);
            Assert.Empty(blank.Lines);
            var raster = rendered.Raster(Notice, blank.Number);
            Assert.Empty(raster.InkRows(raster.IsDark));
        }
    }
}
