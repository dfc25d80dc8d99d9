using DocGen.Diagnostics;
using DocGen.Tests.Support;

namespace DocGen.Tests.Import;

/// <summary>The forms of the genre the real samples lack, typed as a plan copied from a website would be.</summary>
public sealed class TextPlanImportTests
{
    private const string Plan = """
        某县人民政府办公室文件
        某政办[2024]第3号
        某县人民政府办公室关于印发《某县食品安全工作方案》的通知
        各乡镇人民政府，县直各部门：
        现将《某县食品安全工作方案》印发给你们，请认真贯彻执行。
        某县人民政府办公室
        二〇二四年三月五日
        某县食品安全工作方案
        一、指导思想
        坚持人民至上，本方案共5项任务。
        二、重点任务
        （一）基础工作
        1．党政同责。纳入督办内容（牵头单位：县食安办；责任单位：县委巡察办、各乡（镇）政府）开展评议考核(牵头单位:县食安办;责任单位:县委组织部)另有一句。
        3、工作机制。健全工作机制。责任单位：县食安办、县市场监管局
        3.法规制度。出台制度。牵头单位：县司法局
        二、工作步骤
        （一）动员部署阶段（2024年3月上旬）。学习文件。
        （二）全面推进阶段（2024年3月中旬至12月）。全面推进。
        （三）总结阶段（待定）。总结经验。
        （四）巩固阶段（2024年4月初开始）。巩固成果。
        """;

    [Fact]
    public void Reads_the_notice_in_any_bracket_form_and_a_date_in_chinese_numerals()
    {
        var (set, diagnostics) = Import();

        Assert.Equal("某政办[2024]第3号", set.Notice.DocumentNumber);
        Assert.Contains(diagnostics.Items, d => d.Id == DiagnosticIds.ImportDocumentNumberMalformed && d.Location!.Line == 2 && d.Message.Contains("“某政办[2024]第3号”", StringComparison.Ordinal));
        Assert.Equal("2024年3月5日", set.Notice.SignDate);
        Assert.Equal("某县人民政府办公室", set.Notice.Issuer);
        Assert.Equal("某县人民政府办公室文件", set.Notice.IssuerMark);
        Assert.Equal("各乡镇人民政府，县直各部门", set.Notice.Recipients);
        Assert.Equal("某县食品安全工作方案", set.Notice.PlanTitle);
    }

    [Fact]
    public void Splits_a_paragraph_into_one_task_per_clause_with_its_heading_as_category_and_item()
    {
        var (set, diagnostics) = Import();

        Assert.Equal(
            [
                ("基础工作", "党政同责", "纳入督办内容。", "县食安办", "县委巡察办、各乡（镇）政府"),
                ("基础工作", "党政同责", "开展评议考核。", "县食安办", "县委组织部"),
                ("基础工作", "工作机制", "健全工作机制。", "县食安办", "县市场监管局"),
                ("基础工作", "法规制度", "出台制度。", "县司法局", ""),
            ],
            set.Tasks.Select(t => (t.Category, t.Item, t.Text, string.Join("、", t.Leads), string.Join("、", t.Partners))));
        // The words after the last clause name no units; they are reported, not silently made a task.
        Assert.Contains(diagnostics.Items, d => d.Id == DiagnosticIds.ImportTextWithoutUnits && d.Message.Contains("另有一句", StringComparison.Ordinal));
        Assert.Contains(diagnostics.Items, d => d.Id == DiagnosticIds.ImportLeadFromPartners && d.Location!.Line == 14);
    }

    [Fact]
    public void Reports_a_count_in_the_prose_that_differs_from_the_tasks_found()
    {
        var (_, diagnostics) = Import();

        var count = Assert.Single(diagnostics.Items, d => d.Id == DiagnosticIds.ImportCountMismatch);
        Assert.Equal(10, count.Location!.Line);
        Assert.Contains("“共5项任务”，但找到 4 项任务（3 个项目）", count.Message);
    }

    [Fact]
    public void Reports_duplicate_and_skipped_heading_numbers_where_they_are()
    {
        var (_, diagnostics) = Import();

        // 1． then 3、 (2 is skipped), then 3. again; 一、 二、 then 二、 again.
        Assert.Contains(diagnostics.Items, d => d.Id == DiagnosticIds.ImportHeadingNumberSkipped && d.Location!.Line == 14);
        Assert.Contains(diagnostics.Items, d => d.Id == DiagnosticIds.ImportHeadingNumberDuplicate && d.Location!.Line == 15);
        Assert.Contains(diagnostics.Items, d => d.Id == DiagnosticIds.ImportHeadingNumberDuplicate && d.Location!.Line == 16 && d.Message.Contains("二、", StringComparison.Ordinal));
    }

    [Fact]
    public void Reads_phases_with_ten_day_periods_and_open_ends_and_reports_a_span_it_cannot_read()
    {
        var (set, diagnostics) = Import();

        Assert.Equal(
            [
                ("动员部署阶段", "2024年3月", "2024年3月10日", "学习文件。"),
                ("全面推进阶段", "2024年3月11日", "2024年12月", "全面推进。"),
                ("巩固阶段", "2024年4月", "", "巩固成果。"),
            ],
            set.Phases.Select(p => (p.Name, p.Start, p.End, p.Content)));
        Assert.Contains(diagnostics.Items, d => d.Id == DiagnosticIds.ImportPhaseSpanUnreadable && d.Location!.Line == 19);
        // Only a start: the end stays open, as phases.csv allows (README 4.5).
        Assert.Contains(diagnostics.Items, d => d.Id == DiagnosticIds.ImportPhaseBoundOpen && d.Location!.Line == 20 && d.Message.Contains("结束一格留空", StringComparison.Ordinal));
    }

    [Fact]
    public void Reads_text_saved_as_gb18030_like_utf8()
    {
        using var temp = new TempFolder();
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        File.WriteAllText(temp["plan.txt"], Plan, System.Text.Encoding.GetEncoding("GB18030"));
        var (utf8, _) = Import();

        var (gb, diagnostics) = ImportRunner.Import(temp["plan.txt"]);

        Assert.False(diagnostics.HasErrors);
        Assert.Equal(utf8.Tasks.Select(t => t.Text), gb!.Tasks.Select(t => t.Text));
    }

    private static (DocGen.Import.ImportedSet Set, DiagnosticBag Diagnostics) Import()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["plan.txt"], Plan);
        var (set, diagnostics) = ImportRunner.Import(temp["plan.txt"]);
        Assert.NotNull(set);
        return (set, diagnostics);
    }
}
