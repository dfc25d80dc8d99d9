using DocGen.Tests.Docx;
using DocGen.Tests.Support;
using Xunit.Abstractions;

namespace DocGen.Tests.Render;

/// <summary>
/// The manifest's <c>版头</c> rendered by LibreOffice: page 1 of the notice, from the top of the page down to and
/// including the red separator line, is the office's own 版头 as its .docx prints, pixel for pixel, except the
/// 发文字号 line, where DocGen's number replaces the placeholder.
/// </summary>
public sealed class OfficeHeaderRenderTests(ITestOutputHelper output)
{
    // Pixels whose colour differs by more than this in some channel count as different (anti-aliased edges differ less).
    private const int ChannelTolerance = 96;

    [SkippableFact]
    public void The_notice_s_first_page_prints_the_office_s_header_down_to_its_red_line()
    {
        RenderTools.Require(RenderTools.Missing, "the office-header render test");
        // Given the sample set with the office's 红头.docx
        using var temp = new TempFolder();
        var set = temp["set"];
        Repository.CopyFolder(Repository.SampleSet, set);
        File.Copy(OfficeHeaderTests.Fixture, Path.Combine(set, "红头.docx"));
        File.AppendAllText(Path.Combine(set, "manifest.yaml"), "版头: 红头.docx\n");
        var result = SampleBuild.Build(set, temp["out"]);
        Assert.True(result.Succeeded, SampleBuild.Errors(result));

        // When the notice and the header document itself are rendered
        RenderTools.ConvertToPdf([Path.Combine(temp["out"], "印发通知.docx"), OfficeHeaderTests.Fixture], temp["pdf"]);
        var (notice, header) = (Path.Combine(temp["pdf"], "印发通知.pdf"), Path.Combine(temp["pdf"], "红头.pdf"));
        var (a, b) = (PageRaster.Read(notice, 1), PageRaster.Read(header, 1));

        // Then the red line lies at the same height on both
        var lineA = RedLine(a);
        var lineB = RedLine(b);
        output.WriteLine($"red line: notice {lineA.Top:F2}–{lineA.Bottom:F2} mm, header {lineB.Top:F2}–{lineB.Bottom:F2} mm");
        Assert.InRange(lineA.Top - lineB.Top, -0.3, 0.3);

        // and above it, the number's line aside, the pixels agree
        var numberA = NumberLine(notice);
        var numberB = NumberLine(header);
        Assert.Equal("威政办〔2023〕1号", numberA.Compact);
        Assert.Equal("威政办〔2023〕00号", numberB.Compact);
        var (skipTop, skipBottom) = (Math.Min(numberA.Top, numberB.Top) - 0.5, Math.Max(numberA.Bottom, numberB.Bottom) + 0.5);
        // LibreOffice sets the notice's lines up to 2 pixels (0.25 mm) lower than the header document's, not all by the
        // same amount (different compatibility settings): a pixel agrees when the other page has its colour within 2 pixels.
        var (inked, different) = Compare(a, b, lineB.Bottom + 0.5, skipTop, skipBottom);
        output.WriteLine($"header area: {inked} inked pixels, {different} different ({100.0 * different / inked:F3} %)");
        Assert.True(inked > 20_000, $"only {inked} inked pixels: the header did not print");
        Assert.True(different <= 0.01 * inked, $"{different} of {inked} inked pixels differ");

        // and the number sits where the placeholder was, centred as it was
        Assert.InRange(numberA.Top - numberB.Top, -0.3, 0.3);
        Assert.InRange((numberA.Left + numberA.Right) / 2 - (numberB.Left + numberB.Right) / 2, -1.5, 1.5);
    }

    /// <summary>
    /// Inked pixels of either page down to <paramref name="bottomMm"/>, without the skipped band, and how many of them find
    /// no pixel of their colour on the other page within <see cref="Reach"/> pixels.
    /// </summary>
    private static (int Inked, int Different) Compare(PageRaster a, PageRaster b, double bottomMm, double skipTop, double skipBottom)
    {
        int inked = 0, different = 0;
        for (var y = Reach; PageRaster.Mm(y) <= bottomMm; y++)
        {
            if (PageRaster.Mm(y) >= skipTop && PageRaster.Mm(y) <= skipBottom)
                continue;
            for (var x = Reach; x < Math.Min(a.Width, b.Width) - Reach; x++)
                foreach (var (page, other) in new[] { (a, b), (b, a) })
                {
                    var p = page.At(x, y);
                    if (Math.Min(Math.Min(p.R, p.G), p.B) >= 200)
                        continue;
                    inked++;
                    if (!Near(other, x, y, p))
                        different++;
                }
        }
        return (inked, different);
    }

    private const int Reach = 2;

    private static bool Near(PageRaster page, int x, int y, (byte R, byte G, byte B) colour)
    {
        for (var dy = -Reach; dy <= Reach; dy++)
            for (var dx = -Reach; dx <= Reach; dx++)
            {
                var q = page.At(x + dx, y + dy);
                if (Math.Abs(q.R - colour.R) <= ChannelTolerance && Math.Abs(q.G - colour.G) <= ChannelTolerance && Math.Abs(q.B - colour.B) <= ChannelTolerance)
                    return true;
            }
        return false;
    }

    private static (double Top, double Bottom) RedLine(PageRaster raster)
    {
        var rows = raster.Rules(raster.IsRed, 150);
        Assert.NotEmpty(rows);
        var top = rows[0].Top;
        return (top, rows.TakeWhile(r => r.Top - top < 2).Last().Top);
    }

    private static TextLine NumberLine(string pdf) =>
        Assert.Single(PdfText.Read(pdf)[0].Lines, l => l.Compact.Contains('〔', StringComparison.Ordinal));
}
