using System.Text.RegularExpressions;
using DocGen.Tests.Support;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocGen.Tests.EndToEnd;

/// <summary>The sample set in data/ built with the default templates, checked by opening every DOCX.</summary>
public sealed class SampleSetTests(SampleOutputFixture sample) : IClassFixture<SampleOutputFixture>
{
    private static readonly SampleData Data = SampleData.Load(Repository.SampleSet);

    [Fact]
    public void Builds_without_errors_and_writes_every_document()
    {
        Assert.True(sample.Result.Succeeded, SampleBuild.Errors(sample.Result));
        var expected = new[] { "印发通知.docx", "实施方案.docx", "任务分工表.docx", "全县自查报告.docx" }
            .Concat(Data.ReportingUnits.Select(u => $"自查报告-{u}.docx"))
            .Order(StringComparer.Ordinal);
        var written = Directory.GetFiles(sample.Output).Select(Path.GetFileName).Where(f => f is not (".docgen-build.json" or ".docgen-build.lock")).Order(StringComparer.Ordinal);
        Assert.Equal(expected, written);
        Assert.True(File.Exists(sample[".docgen-build.json"]));
    }

    [Fact]
    public void Every_document_passes_the_OpenXml_validator()
    {
        foreach (var file in Directory.GetFiles(sample.Output, "*.docx"))
        {
            using var docx = new DocxReader(file);
            Assert.True(docx.ValidationErrors().Count == 0, $"{Path.GetFileName(file)}:\n{string.Join("\n", docx.ValidationErrors())}");
        }
    }

    [Fact]
    public void Task_table_has_one_row_per_task_plus_the_header()
    {
        using var docx = new DocxReader(sample["任务分工表.docx"]);
        var rows = docx.TaskTableRows();
        Assert.Equal(Data.Tasks.Count + 1, rows.Count);
        Assert.NotNull(rows[0].TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.Equal(["序号", "项目", "分值", "工作任务", "牵头单位", "责任单位", "完成时限"], DocxReader.RowTexts(rows[0]));
        Assert.Equal(Data.Tasks.Select(t => t.Number), rows.Skip(1).Select(r => DocxReader.RowTexts(r)[0]));
        // One table per 类别, headed by the column headings and the 类别 numbered in order, so every page names it
        var categories = Data.Tasks.Select(t => t.Category).Distinct().ToList();
        Assert.Equal(categories.Select((c, i) => $"{DocGen.Docx.ChineseNumerals.Format(i + 1)}、{c}"), docx.TaskTableGroups());
        Assert.Equal(categories.Count, docx.Tables.Count(t => DocxReader.RowTexts(t.Elements<TableRow>().First()).Contains("工作任务")));
    }

    [Fact]
    public void Lead_units_are_printed_by_full_name_even_where_tasks_csv_used_an_alias()
    {
        Assert.Contains(Data.Tasks, t => t.Leads.Split('、').Any(l => !Data.FullNames.Contains(l))); // the sample does use aliases
        using var docx = new DocxReader(sample["任务分工表.docx"]);
        var rows = docx.TaskTableRows().Skip(1).Select(DocxReader.RowTexts).ToList();
        foreach (var (task, row) in Data.Tasks.Zip(rows))
            Assert.Equal(string.Join("、", task.Leads.Split('、').Select(Data.FullName)), row[4]);
    }

    [Fact]
    public void Each_unit_report_lists_exactly_the_tasks_its_unit_leads_or_shares()
    {
        foreach (var unit in Data.ReportingUnits)
        {
            using var docx = new DocxReader(sample[$"自查报告-{unit}.docx"]);
            var listed = Regex.Matches(docx.Text, @"第(\d+)项").Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal);
            var assigned = Data.Tasks.Where(t => Data.Involves(t, unit)).Select(t => t.Number).Order(StringComparer.Ordinal);
            Assert.Equal(assigned, listed);
        }
    }

    [Fact]
    public void Heading_numbers_come_out_in_order_at_every_level()
    {
        using var docx = new DocxReader(sample["实施方案.docx"]);
        var level1 = docx.Paragraphs.Where(p => Regex.IsMatch(p, "^[一二三四五六七八九十]+、")).Select(p => p[..p.IndexOf('、')]).ToList();
        Assert.Equal(["一", "二", "三", "四", "五"], level1);
        var level2 = docx.Paragraphs.Where(p => p.StartsWith('（') && Regex.IsMatch(p, "^（[一二三四五六七八九十]+）")).ToList();
        Assert.StartsWith("（一）", level2[0]);
        // 重点任务 numbers its items straight through the categories, as the Wei County plan does.
        var items = docx.Paragraphs.Select(p => Regex.Match(p, @"^(\d+)\.")).Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value)).ToList();
        Assert.Equal(Enumerable.Range(1, Data.Tasks.Select(t => (t.Category, t.Item)).Distinct().Count()), items);
    }

    [Fact]
    public void Notice_carries_the_header_title_signature_plan_attachment_and_colophon()
    {
        using var docx = new DocxReader(sample["印发通知.docx"]);
        var paragraphs = docx.Paragraphs;
        Assert.Equal("威县人民政府办公室文件", paragraphs[0]);
        Assert.Contains("威政办〔2023〕1号", paragraphs);
        Assert.Contains("威县人民政府办公室关于印发《威县创建国家食品安全示范城市工作实施方案》的通知", docx.ParagraphsWithStyle("GwTitle").Select(p => p.InnerText));
        Assert.Contains("2023年1月19日", paragraphs);
        Assert.Contains("（此件公开发布）", paragraphs);
        Assert.Contains("附件：威县创建国家食品安全示范城市重点任务分工表", paragraphs);
        var colophon = docx.Tables[^1].InnerText;
        Assert.StartsWith("抄送：县委办公室，", colophon);
        Assert.EndsWith("威县人民政府办公室\t2023年1月19日印发".Replace("\t", ""), colophon);
    }
}
