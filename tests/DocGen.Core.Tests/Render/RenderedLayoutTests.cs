using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace DocGen.Tests.Render;

/// <summary>
/// gbt9704.md §12 items 13–17 measured on the sample documents rendered by LibreOffice: page size, type area,
/// 22 × 28 grid, 版头, page numbers, 版记 and the landscape 任务分工表. Figures in millimetres.
/// </summary>
public sealed partial class RenderedLayoutTests(RenderedSampleFixture rendered, ITestOutputHelper output) : IClassFixture<RenderedSampleFixture>
{
    private const string Notice = "印发通知";
    private const string Plan = "实施方案";
    private const string Table = "任务分工表";

    [SkippableFact]
    public void Every_page_is_A4_portrait_or_landscape()
    {
        RenderedSampleFixture.RequireTools();
        foreach (var document in RenderedSampleFixture.Documents)
            foreach (var page in rendered.Pages(document))
            {
                var (shortSide, longSide) = (Math.Min(page.Width, page.Height), Math.Max(page.Width, page.Height));
                Assert.True(Math.Abs(shortSide - 210) < 0.5 && Math.Abs(longSide - 297) < 0.5, $"{document} p{page.Number}: {page.Width:F1} × {page.Height:F1} mm");
            }
    }

    [SkippableFact]
    public void Text_keeps_inside_the_type_area_28_mm_from_the_left_and_26_mm_from_the_right()
    {
        RenderedSampleFixture.RequireTools();
        foreach (var document in RenderedSampleFixture.Documents)
            foreach (var page in rendered.Pages(document))
            {
                var area = TypeArea.Of(page);
                foreach (var line in page.Lines.Where(l => !TypeArea.IsPageNumber(l)))
                    Assert.True(line.Left >= area.Left - 1 && line.Right <= area.Right + 1 && line.Top >= area.Top - 1 && line.Bottom <= area.Bottom + 1,
                        $"{document} p{page.Number}: “{line.Text}” at x {line.Left:F1}–{line.Right:F1}, y {line.Top:F1}–{line.Bottom:F1} mm leaves the type area");
            }

        // Justified full lines of the plan's body touch both edges of the type area.
        var body = FullBodyPages(Plan).SelectMany(TypeArea.Rows).ToList();
        output.WriteLine($"plan body: text from x {body.Min(r => r[0].Left):F2} to {body.Max(r => r[^1].Right):F2} mm");
        Assert.InRange(body.Min(r => r[0].Left), TypeArea.Left - 1, TypeArea.Left + 1);
        Assert.InRange(body.Max(r => r[^1].Right), TypeArea.Right - 1, TypeArea.Right + 1);
    }

    [SkippableFact]
    public void Every_full_body_page_holds_22_lines_on_a_28_95_pt_pitch()
    {
        RenderedSampleFixture.RequireTools();
        var pages = FullBodyPages(Plan).Concat(FullBodyPages(Notice)).ToList();
        Assert.True(pages.Count >= 8, $"only {pages.Count} full body pages to measure");
        foreach (var page in pages)
        {
            var rows = TypeArea.Rows(page);
            output.WriteLine($"{page.Number}: {rows.Count} lines, pitch {(rows[^1][0].Bottom - rows[0][0].Bottom) / Math.Max(1, rows.Count - 1) * 72 / 25.4:F3} pt");
            // A page may end one line short where its last line closes a paragraph: orphan control carries the
            // next paragraph's first line over, as Word and LibreOffice both do.
            var closes = string.Concat(rows[^1].Select(l => l.Compact)) is { Length: > 0 } last && last[^1] is '。' or '）' or ')';
            Assert.True(rows.Count == 22 || (rows.Count == 21 && closes), $"p{page.Number} has {rows.Count} lines: {string.Join(" | ", rows.Select(r => r[0].Text[..Math.Min(6, r[0].Text.Length)]))}");
            var pitch = (rows[^1][0].Bottom - rows[0][0].Bottom) / (rows.Count - 1);
            Assert.InRange(pitch, TypeArea.LinePitch - 0.035, TypeArea.LinePitch + 0.035);
        }
    }

    [SkippableFact]
    public void The_modal_full_line_holds_28_characters()
    {
        RenderedSampleFixture.RequireTools();
        // A full line starts at the left edge (no indent) and reaches the right edge; only all-Chinese lines count.
        var counts = FullBodyPages(Plan).SelectMany(TypeArea.Rows)
            .Where(r => r.Count == 1 && Math.Abs(r[0].Left - TypeArea.Left) < 1 && Math.Abs(r[0].Right - TypeArea.Right) < 1.5)
            .Select(r => r[0].Compact)
            .Where(t => t.All(c => c >= 0x2E80))
            .Select(t => t.Length)
            .ToList();
        Assert.True(counts.Count >= 20, $"only {counts.Count} full lines");
        var modal = counts.GroupBy(c => c).OrderByDescending(g => g.Count()).First().Key;
        output.WriteLine($"full lines: {string.Join(", ", counts.GroupBy(c => c).OrderBy(g => g.Key).Select(g => $"{g.Key} chars × {g.Count()}"))}");
        Assert.Equal(28, modal);
    }

    [SkippableFact]
    public void Red_header_sits_72_mm_from_the_top_and_the_red_line_4_mm_below_the_document_number()
    {
        RenderedSampleFixture.RequireTools();
        var raster = rendered.Raster(Notice, 1);
        var red = raster.InkRows(raster.IsRed).ToList();
        Assert.NotEmpty(red);
        var markTop = PageRaster.Mm(red[0].Row);
        output.WriteLine($"红头 ink top {markTop:F2} mm");
        Assert.InRange(markTop, 72 - 1.5, 72 + 1.5);

        // 7.2.7: the red line spans the 156 mm type area.
        var rule = raster.Rules(raster.IsRed, 150);
        Assert.NotEmpty(rule);
        var (ruleTop, ruleLeft, ruleRight) = rule[0];
        output.WriteLine($"red line x {ruleLeft:F2}–{ruleRight:F2} mm (width {ruleRight - ruleLeft:F2}), top {ruleTop:F2} mm");
        Assert.InRange(ruleLeft, TypeArea.Left - 1, TypeArea.Left + 1);
        Assert.InRange(ruleRight, TypeArea.Right - 1, TypeArea.Right + 1);

        // 7.2.5: 发文字号 two lines below the mark; 7.2.7: the red line 4 mm below the 发文字号's ink.
        var markBottom = PageRaster.Mm(red.TakeWhile(r => PageRaster.Mm(r.Row) < ruleTop - 1).Last().Row);
        var number = raster.InkRows(raster.IsDark).Where(r => PageRaster.Mm(r.Row) > markBottom && PageRaster.Mm(r.Row) < ruleTop).ToList();
        Assert.NotEmpty(number);
        output.WriteLine($"发文字号 ink bottom {PageRaster.Mm(number[^1].Row):F2} mm; red line {ruleTop - PageRaster.Mm(number[^1].Row):F2} mm below it");
        Assert.InRange(ruleTop - PageRaster.Mm(number[^1].Row), 4 - 1, 4 + 1);
        var numberLine = rendered.Pages(Notice)[0].Lines.Single(l => l.Compact.Contains('〔'));
        Assert.InRange(numberLine.Bottom - markBottom, 2 * TypeArea.LinePitch, 4 * TypeArea.LinePitch);
    }

    [SkippableFact]
    public void Page_numbers_sit_on_every_page_outside_the_type_area_on_the_outer_side()
    {
        RenderedSampleFixture.RequireTools();
        foreach (var document in RenderedSampleFixture.Documents)
            foreach (var page in rendered.Pages(document))
            {
                // 7.5: the blank page before the 版记 page carries no number (ColophonPageRenderTests).
                if (document == Notice && page.Number == rendered.Pages(document).Count - 1 && page.Lines.Count == 0)
                    continue;
                // §8.3: a landscape page's number is where a portrait page has it once the sheet is turned back.
                var area = TypeArea.Of(page with { Width = 210, Height = 297 });
                var number = page.Lines.Where(TypeArea.IsPageNumber).ToList();
                var line = TypeArea.TurnedBack(page, Assert.Single(number));
                Assert.Equal($"—{page.Number}—", line.Compact);
                Assert.True(line.Top > area.Bottom + 3 && line.Bottom < area.Bottom + 14, $"{document} p{page.Number}: page number at y {line.Top:F1}–{line.Bottom:F1} mm");
                // 7.5: odd pages right, even pages left, one 4号 character in from the type-area edge.
                var (edge, expected) = page.Number % 2 == 1
                    ? (line.Right, area.Right - TypeArea.SiHaoCharacter)
                    : (line.Left, area.Left + TypeArea.SiHaoCharacter);
                if (document == Notice && page.Number <= 2 || page.Landscape && page.Number % 2 == 1 && document == Table && page.Number <= 2)
                    output.WriteLine($"{document} p{page.Number}: page number x {line.Left:F2}–{line.Right:F2}, y {line.Top:F2}–{line.Bottom:F2} mm");
                Assert.True(Math.Abs(edge - expected) <= 1, $"{document} p{page.Number}: page number edge at {edge:F1} mm, expected {expected:F1}");
            }
    }

    [SkippableFact]
    public void Page_number_dash_ink_is_7_mm_below_the_type_area()
    {
        RenderedSampleFixture.RequireTools();
        foreach (var pageNumber in new[] { 1, 2 })
        {
            // 7.5: the 一字线 (a dash at least 3 mm long) 7 mm below the type area.
            var raster = rendered.Raster(Notice, pageNumber);
            var dash = raster.Runs(raster.IsDark, 3, belowMm: TypeArea.Bottom + 1).FirstOrDefault();
            Assert.True(dash.Top > 0, $"p{pageNumber}: no page-number dash");
            output.WriteLine($"p{pageNumber}: dash ink top {dash.Top:F2} mm = {dash.Top - TypeArea.Bottom:F2} mm below the type area, x {dash.Left:F1}–{dash.Right:F1}");
            Assert.InRange(dash.Top - TypeArea.Bottom, 7 - 1, 7 + 1);
        }
    }

    [SkippableFact]
    public void Colophon_closes_the_last_page_on_the_bottom_of_the_type_area()
    {
        RenderedSampleFixture.RequireTools();
        var pages = rendered.Pages(Notice);
        var last = pages[^1];
        Assert.False(last.Landscape);
        var raster = rendered.Raster(Notice, last.Number);
        // Rules of the 版记 (7.4.1): several ink rows per printed line, so merge rows closer than 0.5 mm.
        var rules = raster.Rules(raster.IsDark, 150).Where(r => r.Top > TypeArea.Top)
            .Aggregate(new List<(double Top, double Bottom, double Left, double Right)>(), (list, r) =>
            {
                if (list.Count > 0 && r.Top - list[^1].Bottom < 0.5)
                    list[^1] = (list[^1].Top, r.Top + PageRaster.Mm(1), list[^1].Left, list[^1].Right);
                else
                    list.Add((r.Top, r.Top + PageRaster.Mm(1), r.Left, r.Right));
                return list;
            });
        output.WriteLine($"版记 rules: {string.Join("; ", rules.Select(r => $"y {r.Top:F2}–{r.Bottom:F2} x {r.Left:F1}–{r.Right:F1}"))}");
        Assert.True(rules.Count >= 3, $"{rules.Count} rules on the last page");
        Assert.InRange(rules[^1].Bottom, TypeArea.Bottom - 1, TypeArea.Bottom + 1);
        Assert.All(rules, r => Assert.InRange(r.Right - r.Left, 155, 157));
        var copyTo = last.Lines.Single(l => l.Compact.StartsWith("抄送：", StringComparison.Ordinal));
        Assert.True(copyTo.Top > rules[^3].Top && copyTo.Bottom < rules[^2].Top, "抄送 lies between the first and the second rule");
        var printer = last.Lines.Where(l => l.Compact.EndsWith("印发", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(printer);
        Assert.All(printer, l => Assert.True(l.Top > rules[^2].Top && l.Bottom < rules[^1].Bottom));
    }

    [SkippableFact]
    public void Task_table_pages_are_landscape_and_repeat_the_header_row()
    {
        RenderedSampleFixture.RequireTools();
        foreach (var document in new[] { Table, Notice, Plan })
        {
            var tablePages = rendered.Pages(document).Where(p => p.Landscape).ToList();
            Assert.True(tablePages.Count >= 2, $"{document}: {tablePages.Count} landscape pages");
            foreach (var page in tablePages)
            {
                var header = TypeArea.Rows(page).Select(r => string.Concat(r.Select(l => l.Compact)))
                    .FirstOrDefault(t => t.Contains("序号", StringComparison.Ordinal));
                Assert.True(header is not null && header.Contains("工作任务", StringComparison.Ordinal) && header.Contains("完成时限", StringComparison.Ordinal),
                    $"{document} p{page.Number}: no repeated header row");
            }
            // The table is the last part of the plan; only the notice has a portrait 版记 page after it.
            var pages = rendered.Pages(document);
            Assert.True(pages[^1].Landscape || document == Notice);
        }
    }

    [SkippableFact]
    public void Signature_date_is_4_characters_from_the_right_with_the_issuer_centred_over_it()
    {
        RenderedSampleFixture.RequireTools();
        var page = rendered.Pages(Notice)[0];
        var date = page.Lines.Single(l => DateLine().IsMatch(l.Compact));
        output.WriteLine($"date x {date.Left:F2}–{date.Right:F2}; issuer x {Issuer(page, date).Left:F2}–{Issuer(page, date).Right:F2} mm");
        Assert.InRange(date.Right, TypeArea.Right - 4 * TypeArea.Character - 1, TypeArea.Right - 4 * TypeArea.Character + 1);
        var signer = Issuer(page, date);
        Assert.InRange((signer.Left + signer.Right) / 2 - ((date.Left + date.Right) / 2), -1, 1);
        // 7.3.6: the 附注 is on the line right after the date, indented 2 characters.
        var note = page.Lines.Single(l => l.Compact.StartsWith('（') && l.Compact.EndsWith('）'));
        Assert.InRange(note.Bottom - date.Bottom, TypeArea.LinePitch - 0.5, TypeArea.LinePitch + 0.5);
        Assert.InRange(note.Left, TypeArea.Left + 2 * TypeArea.Character - 1, TypeArea.Left + 2 * TypeArea.Character + 1);
    }

    private static TextLine Issuer(PdfPage page, TextLine date) => page.Lines.Last(l => l.Bottom < date.Top);

    [SkippableFact]
    public void Attachment_label_is_on_line_1_and_its_title_on_line_3()
    {
        RenderedSampleFixture.RequireTools();
        // 7.3.7: 附件 flush left on the first line of the type area, the title centred two lines further down.
        var page = rendered.Pages(Table)[0];
        var rows = TypeArea.Rows(page);
        var (label, title) = (rows[0][0], rows[1][0]);
        Assert.Equal("附件", label.Compact);
        Assert.InRange(label.Left, TypeArea.LandscapeLeft - 0.5, TypeArea.LandscapeLeft + 0.5);
        // A 3号 text box reaches about 1.4 mm below its exact 579-twip line.
        Assert.InRange(label.Bottom - TypeArea.LandscapeTop, TypeArea.LinePitch, TypeArea.LinePitch + 2.5);
        Assert.InRange(title.Bottom - label.Bottom, 2 * TypeArea.LinePitch - 2, 2 * TypeArea.LinePitch + 2);
        Assert.InRange((title.Left + title.Right) / 2, ((TypeArea.LandscapeLeft + TypeArea.LandscapeRight) / 2) - 1, ((TypeArea.LandscapeLeft + TypeArea.LandscapeRight) / 2) + 1);
    }

    [SkippableFact]
    public void No_page_ends_with_a_heading_or_begins_with_a_lone_signature()
    {
        RenderedSampleFixture.RequireTools();
        foreach (var document in RenderedSampleFixture.Documents)
            foreach (var page in rendered.Pages(document).Where(p => !p.Landscape))
            {
                var rows = TypeArea.Rows(page);
                if (rows.Count == 0)
                    continue;
                var last = string.Concat(rows[^1].Select(l => l.Compact));
                Assert.False(HeadingLine().IsMatch(last), $"{document} p{page.Number} ends with the heading “{last}”");
                var first = string.Concat(rows[0].Select(l => l.Compact));
                Assert.False(DateLine().IsMatch(first) || (rows.Count > 1 && DateLine().IsMatch(string.Concat(rows[1].Select(l => l.Compact))) && rows.Count == 2),
                    $"{document} p{page.Number} holds only the signature");
            }
    }

    /// <summary>Portrait pages whose text runs on over the page end: every page of a run but its last.</summary>
    private IEnumerable<PdfPage> FullBodyPages(string document)
    {
        var pages = rendered.Pages(document);
        for (var i = 1; i + 1 < pages.Count; i++)
            if (pages[i].Lines.Count > 0 && !pages[i].Landscape && !pages[i + 1].Landscape && !StartsAnew(pages[i]) && !StartsAnew(pages[i + 1]))
                yield return pages[i];
    }

    /// <summary>A page that begins with a title or an attachment label rather than running text.</summary>
    private static bool StartsAnew(PdfPage page) =>
        TypeArea.Rows(page).FirstOrDefault() is { } first && first[0].Top < TypeArea.Top + 12 && first[0].Bottom - first[0].Top > 8;

    [GeneratedRegex(@"^\d{4}年\d{1,2}月\d{1,2}日$")]
    private static partial Regex DateLine();

    /// <summary>A heading alone on its line: 一、… or （一）… without a sentence after it.</summary>
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)[^。；]{1,20}$")]
    private static partial Regex HeadingLine();
}
