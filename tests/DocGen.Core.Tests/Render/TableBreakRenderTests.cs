using System.Text.RegularExpressions;
using DocGen.Tests.Support;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocGen.Tests.Render;

/// <summary>
/// Issue “dense readable 分工表”, on the rendered documents: every page of the task table names its 类别 under the
/// column headings; and in the 任务分工表 and 全县自查报告 no short field breaks inside a phrase: every date phrase
/// (2023年, 6月, 30日前, 12月底前) and every unit name of up to 8 characters prints whole on one line as often as the
/// tables hold it.
/// </summary>
public sealed partial class TableBreakRenderTests(RenderedSampleFixture rendered) : IClassFixture<RenderedSampleFixture>
{
    [SkippableTheory]
    [InlineData("任务分工表")]
    [InlineData("全县自查报告")]
    public void Dates_and_unit_names_in_table_cells_print_whole(string document)
    {
        RenderedSampleFixture.RequireTools();
        using var docx = new DocxReader(Path.Combine(rendered.Folder, document + ".docx"));
        // A cell's lines as DocGen broke them; each line is what the renderer must not break again
        var lines = docx.Tables.SelectMany(t => t.Descendants<TableCell>())
            .SelectMany(c => string.Concat(c.Descendants().Select(e => e is Text t ? t.Text : e is Break ? "\n" : "")).Split('\n')).ToList();
        var phrases = lines.SelectMany(Phrases).ToList();
        Assert.True(phrases.Count > 50, $"{phrases.Count} phrases");
        var printed = rendered.Pages(document).SelectMany(p => p.Lines).Select(l => l.Compact).ToList();

        var broken = phrases.GroupBy(p => p)
            .Select(g => (Phrase: g.Key, Expected: g.Count(), Printed: printed.Sum(line => Occurrences(line, g.Key))))
            .Where(p => p.Printed < p.Expected).ToList();

        Assert.True(broken.Count == 0, string.Join("\n", broken.Select(b => $"“{b.Phrase}”: {b.Expected} in the table, {b.Printed} whole in print")));
        // The renderer's own break would leave 前 or 日前 alone at a line's start
        Assert.DoesNotContain(printed, line => line is "前" or "日前" or "底前");
    }

    [SkippableTheory]
    [InlineData("任务分工表")]
    [InlineData("印发通知")]
    [InlineData("实施方案")]
    public void Every_page_of_the_task_table_names_the_category_of_its_rows_under_the_headings(string document)
    {
        RenderedSampleFixture.RequireTools();
        var pages = rendered.Pages(document).Where(p => p.Landscape).ToList();
        Assert.True(pages.Count >= 10, $"{pages.Count} landscape pages");
        var named = new List<string>();
        foreach (var page in pages)
        {
            var rows = TypeArea.Rows(page).Select(r => string.Concat(r.Select(l => l.Compact))).ToList();
            var heading = rows.FindIndex(r => r.StartsWith("序号", StringComparison.Ordinal) && r.Contains("工作任务", StringComparison.Ordinal));
            Assert.True(heading >= 0, $"{document} p{page.Number}: no column headings");
            var group = rows.ElementAtOrDefault(heading + 1) ?? "";
            Assert.True(GroupRow().IsMatch(group), $"{document} p{page.Number}: “{group}” under the headings names no 类别");
            named.Add(GroupRow().Match(group).Value);
        }
        // Page after page the 类别 goes on or moves to the next, never back
        Assert.Equal(named.Distinct().Select(n => "一二三四五六七八九十".IndexOf(n[0], StringComparison.Ordinal)).Order(), named.Distinct().Select(n => "一二三四五六七八九十".IndexOf(n[0], StringComparison.Ordinal)));
    }

    [GeneratedRegex(@"^[一二三四五六七八九十]+、\p{IsCJKUnifiedIdeographs}+")]
    private static partial Regex GroupRow();

    /// <summary>Date phrases of a deadline, and the unit names (of up to 8 characters) of a list, as a reader would not see them broken.</summary>
    private static IEnumerable<string> Phrases(string cell)
    {
        if (cell.Contains('。', StringComparison.Ordinal))
            yield break;
        foreach (Match date in DatePhrase().Matches(cell))
            yield return date.Value;
        if (DatePhrase().IsMatch(cell))
            yield break;
        foreach (var name in cell.Split('、'))
            if (name.Length is >= 3 and <= 8 && name.All(c => c >= 0x4E00))
                yield return name;
    }

    private static int Occurrences(string line, string phrase)
    {
        var count = 0;
        for (var at = line.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = line.IndexOf(phrase, at + phrase.Length, StringComparison.Ordinal))
            count++;
        return count;
    }

    [GeneratedRegex(@"\d{4}年|\d{1,2}月(?:底前|底|前)?|\d{1,2}日前?")]
    private static partial Regex DatePhrase();
}
