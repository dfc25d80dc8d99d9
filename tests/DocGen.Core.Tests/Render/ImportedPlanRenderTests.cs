using System.Text.RegularExpressions;
using DocGen.Tests.Import;
using DocGen.Tests.Support;

namespace DocGen.Tests.Render;

/// <summary>
/// The Wei County plan imported and built again with its own plan template, rendered by LibreOffice: the printed
/// pages carry the source's prose in the source's order, each heading under the number DocGen generated.
/// </summary>
public sealed partial class ImportedPlanRenderTests
{
    [SkippableFact]
    public void The_rebuilt_plan_prints_the_source_s_prose_in_order_under_generated_numbers()
    {
        RenderTools.Require(RenderTools.Missing, "the imported plan's render test");
        using var temp = new TempFolder();
        var set = ImportRunner.ImportComplete(temp, Samples.File("wei-county-plan.txt"));
        var output = ImportRunner.BuildWithOwnTemplates(set, temp["out"]);

        RenderTools.ConvertToPdf([Path.Combine(output, "实施方案.docx")], temp["pdf"]);
        var printed = string.Concat(PdfText.Read(Path.Combine(temp["pdf"], "实施方案.pdf"))
            .SelectMany(page => page.Lines).Where(line => !PageNumber().IsMatch(line.Compact)).Select(line => line.Compact));

        // Every paragraph of the sections that are prose (一 to 四 and 七), from its first 30 characters, in order
        var source = File.ReadAllLines(Samples.File("wei-county-plan.txt"));
        var prose = Section(source, "一、指导思想", "五、重点任务").Concat(Section(source, "七、工作要求", null)).ToList();
        Assert.True(prose.Count >= 12, $"{prose.Count} paragraphs");
        var at = 0;
        foreach (var paragraph in prose)
        {
            var (label, words) = SplitLabel(paragraph);
            var found = printed.IndexOf(words[..Math.Min(30, words.Length)], at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"not printed after position {at}: {paragraph[..Math.Min(40, paragraph.Length)]}");
            // The number printed before it is the one the source typed, in the standard's full-width brackets
            if (label.Length > 0)
                Assert.EndsWith(label.Replace('(', '（').Replace(')', '）'), printed[..found], StringComparison.Ordinal);
            at = found;
        }
    }

    private static IEnumerable<string> Section(string[] lines, string from, string? to) =>
        lines.SkipWhile(l => l.Trim() != from).TakeWhile(l => to is null || l.Trim() != to)
            .Select(l => l.Replace(" ", "", StringComparison.Ordinal).Trim()).Where(l => l.Length > 0);

    private static (string Label, string Words) SplitLabel(string paragraph) =>
        Label().Match(paragraph) is { Success: true } m ? (m.Value, paragraph[m.Length..]) : ("", paragraph);

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|[0-9]+[.．])")]
    private static partial Regex Label();

    [GeneratedRegex(@"^[—–-]*\d+[—–-]*$")]
    private static partial Regex PageNumber();
}
