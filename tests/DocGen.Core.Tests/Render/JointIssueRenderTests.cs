using DocGen.Tests.Support;
using Xunit.Abstractions;

namespace DocGen.Tests.Render;

/// <summary>
/// 联合行文 (GB/T 9704 7.2.4, 7.3.5.1) rendered by LibreOffice: a notice of two offices prints both names stacked in the
/// red 标志, the host first, with 文件 to their right and centred on them, and both names in the 署名 over the date.
/// </summary>
public sealed class JointIssueRenderTests(ITestOutputHelper output)
{
    private const string Host = "威县人民政府办公室";
    private const string Partner = "威县市场监督管理局";

    [SkippableFact]
    public void A_joint_notice_of_two_offices_prints_both_in_the_mark_and_in_the_signature()
    {
        RenderTools.Require(RenderTools.Missing, "the joint-issue render test");
        // Given the sample set issued jointly, 发文机关 as a list and the 标志 written on one line as it reads
        using var set = new SetEditor()
            .Replace("manifest.yaml", $"发文机关: {Host}\n", $"发文机关:\n  - {Host}\n  - {Partner}\n")
            .Replace("manifest.yaml", $"发文机关标志: {Host}文件", $"发文机关标志: {Host}、{Partner}文件");
        using var temp = new TempFolder();
        var result = SampleBuild.Build(set.Folder, temp["out"]);
        Assert.True(result.Succeeded, SampleBuild.Errors(result));

        // When the notice is rendered
        RenderTools.ConvertToPdf([Path.Combine(temp["out"], "印发通知.docx")], temp["pdf"]);
        var pdf = Path.Combine(temp["pdf"], "印发通知.pdf");
        var pages = PdfText.Read(pdf);
        var first = pages[0];
        foreach (var line in first.Lines.Where(l => l.Top < 110))
            output.WriteLine($"“{line.Compact}” x {line.Left:F1}–{line.Right:F1}, y {line.Top:F1}–{line.Bottom:F1}");

        // Then the 标志 stacks the host over the partner, 35 mm below the type-area top, with 文件 to the right
        var host = Assert.Single(first.Lines, l => l.Compact == Host);
        var partner = Assert.Single(first.Lines, l => l.Compact == Partner);
        var file = Assert.Single(first.Lines, l => l.Compact == "文件");
        // (pdftotext's boxes span the font's ascent and descent, taller than the 标志's exact lines: compare centres)
        Assert.InRange(Centre(partner) - Centre(host), 10, 16);
        Assert.InRange(host.Top, TypeArea.Top + 35 - 3, TypeArea.Top + 35 + 3);
        Assert.True(file.Left > Math.Max(host.Right, partner.Right), "文件 stands to the right of the names");
        // 7.2.4: 文件 is centred on the stacked names
        var middle = (Centre(host) + Centre(partner)) / 2;
        Assert.InRange(Centre(file), middle - 1, middle + 1);
        // both names spread to one width, and the whole 标志 within the type area and centred on it
        Assert.InRange(Math.Abs(host.Left - partner.Left) + Math.Abs(host.Right - partner.Right), 0, 1.5);
        Assert.InRange((host.Left + file.Right) / 2, 105 + 1 - 2, 105 + 1 + 2);
        // in red
        var raster = PageRaster.Read(pdf, 1);
        var ink = raster.InkBox(raster.IsRed, TypeArea.Left - 1, host.Top - 2, TypeArea.Right + 1, partner.Bottom + 2);
        Assert.NotNull(ink);
        Assert.True(ink.Value.Right > file.Right - 1 && ink.Value.Left < host.Left + 1, $"red ink {ink}");

        // And the 署名 names each office, in order, right above the date
        var lines = pages.SelectMany(p => p.Lines.Select(l => (Page: p.Number, Line: l))).ToList();
        var date = lines.FindIndex(l => l.Line.Compact == "2023年1月19日");
        Assert.True(date >= 2, "成文日期 not found");
        Assert.Equal(Host, lines[date - 2].Line.Compact);
        Assert.Equal(Partner, lines[date - 1].Line.Compact);
        Assert.True(lines[date - 2].Line.Left > 105, "the 署名 stands on the right half");
    }

    private static double Centre(TextLine line) => (line.Top + line.Bottom) / 2;
}
