using Xunit.Abstractions;

namespace DocGen.Tests.Render;

/// <summary>
/// §8.3 and 7.5: a landscape 任务分工表 page carries its number where a portrait page has it once the sheet is turned
/// back (landscape top → portrait left): the number runs down the landscape left margin, its line 24.7–31.1 mm from
/// the left edge (= 297 mm − the portrait number's 265.9–272.3 mm); an odd page's number ends 179.1 mm from the top
/// (184 − one 4号 character, near the bottom-left corner), an even page's starts 32.9 mm from the top (28 + one
/// character, near the top-left corner). Figures in millimetres.
/// </summary>
public sealed class LandscapePageNumberRenderTests(RenderedSampleFixture rendered, ITestOutputHelper output) : IClassFixture<RenderedSampleFixture>
{
    private const string Table = "任务分工表";
    private const string Notice = "印发通知";

    /// <summary>
    /// How far, in mm, the turned-back number may lie from the portrait one: 1 mm as for the other positions here. The
    /// number across the sheet (portrait y) measured within 0.1 mm where it was made, and 0.8 mm higher after it was
    /// merged with the table and template changes; the box is placed against the page, so the cause is still to find.
    /// </summary>
    private const double Tolerance = 1.0;

    [SkippableFact]
    public void Landscape_numbers_lie_where_the_portrait_numbers_lie_once_the_sheet_is_turned_back()
    {
        RenderedSampleFixture.RequireTools();
        var pages = rendered.Pages(Table);
        Assert.True(pages.Count >= 4 && pages.All(p => p.Landscape), $"{Table}: {pages.Count} pages, all landscape expected");
        // The portrait numbers of the notice's first two pages, as 7.5 places them (checked by RenderedLayoutTests).
        var portrait = rendered.Pages(Notice).Take(2).Select(p => p.Lines.Single(TypeArea.IsPageNumber)).ToList();
        foreach (var page in pages)
        {
            var line = page.Lines.Single(TypeArea.IsPageNumber);
            Assert.Equal($"—{page.Number}—", line.Compact);
            // Turned: the number runs down the page, in the left margin, outside the rotated type area.
            Assert.True(line.Bottom - line.Top > 2 * (line.Right - line.Left), $"p{page.Number}: number box {line.Right - line.Left:F1} wide, {line.Bottom - line.Top:F1} tall: not turned");
            Assert.InRange(line.Left, 24.7 - 1, 24.7 + 1);
            Assert.InRange(line.Right, 31.1 - 1, 31.1 + 1);
            var odd = page.Number % 2 == 1;
            if (odd)
                Assert.InRange(line.Bottom, 184 - TypeArea.SiHaoCharacter - 1, 184 - TypeArea.SiHaoCharacter + 1);
            else
                Assert.InRange(line.Top, 28 + TypeArea.SiHaoCharacter - 1, 28 + TypeArea.SiHaoCharacter + 1);

            // Turned back, its box is the portrait number's box of the same parity (the digits may differ in width).
            var back = TypeArea.TurnedBack(page, line);
            var upright = portrait[odd ? 0 : 1];
            if (page.Number <= 2)
                output.WriteLine($"p{page.Number}: x {line.Left:F2}–{line.Right:F2}, y {line.Top:F2}–{line.Bottom:F2}; turned back x {back.Left:F2}–{back.Right:F2}, y {back.Top:F2}–{back.Bottom:F2}; portrait x {upright.Left:F2}–{upright.Right:F2}, y {upright.Top:F2}–{upright.Bottom:F2}");
            Assert.InRange(back.Top, upright.Top - Tolerance, upright.Top + Tolerance);
            Assert.InRange(back.Bottom, upright.Bottom - Tolerance, upright.Bottom + Tolerance);
            Assert.InRange(odd ? back.Right : back.Left, (odd ? upright.Right : upright.Left) - Tolerance, (odd ? upright.Right : upright.Left) + Tolerance);
        }
    }

    [SkippableFact]
    public void Landscape_number_ink_is_the_portrait_number_ink_turned_a_quarter()
    {
        RenderedSampleFixture.RequireTools();
        foreach (var pageNumber in new[] { 1, 2 })
        {
            var odd = pageNumber % 2 == 1;
            var portraitPage = rendered.Raster(Notice, pageNumber);
            var landscapePage = rendered.Raster(Table, pageNumber);
            // Same page number, same digit: the ink of both must match once turned back.
            var upright = portraitPage.InkBox(portraitPage.IsDark, 20, TypeArea.Bottom + 1, 190, 292);
            var turned = landscapePage.InkBox(landscapePage.IsDark, 5, 20, 33, 200);
            Assert.True(upright is not null && turned is not null, $"p{pageNumber}: no page-number ink");
            var (u, t) = (upright!.Value, turned!.Value);
            // Turned back: landscape top → portrait left, landscape left edge → portrait bottom (297 mm).
            var back = (Left: t.Top, Right: t.Bottom, Top: 297 - t.Right, Bottom: 297 - t.Left);
            output.WriteLine($"p{pageNumber}: landscape ink x {t.Left:F2}–{t.Right:F2}, y {t.Top:F2}–{t.Bottom:F2}; turned back x {back.Left:F2}–{back.Right:F2}, y {back.Top:F2}–{back.Bottom:F2}; portrait ink x {u.Left:F2}–{u.Right:F2}, y {u.Top:F2}–{u.Bottom:F2}");
            // 7.5: 7 mm under the type area (the dash's ink; the digits reach a little higher), 1 character in.
            Assert.InRange(back.Top, u.Top - Tolerance, u.Top + Tolerance);
            Assert.InRange(back.Bottom, u.Bottom - Tolerance, u.Bottom + Tolerance);
            Assert.InRange(back.Left, u.Left - Tolerance, u.Left + Tolerance);
            Assert.InRange(back.Right, u.Right - Tolerance, u.Right + Tolerance);
            Assert.InRange(odd ? back.Right : back.Left, odd ? 184 - TypeArea.SiHaoCharacter - 1 : 28 + TypeArea.SiHaoCharacter - 1, odd ? 184 - TypeArea.SiHaoCharacter + 1 : 28 + TypeArea.SiHaoCharacter + 1);
        }
    }
}
