using DocGen.Tests.Support;
using static DocGen.Tests.Import.WordFixture;

namespace DocGen.Tests.Import;

/// <summary>A 分工表 as offices build it in Word: merged 类别/项目 cells, a group row, a score in the item label, split across pages.</summary>
public sealed class TaskTableImportTests
{
    [Fact]
    public void Reads_merged_cells_group_rows_scores_in_labels_and_a_table_split_over_two_word_tables()
    {
        // Given a table with a header, a group row across it, 项目 merged down (w:vMerge), an empty “same as above”
        // cell, and its second half in a second Word table that repeats the header
        using var temp = new TempFolder();
        Write(temp["分工表.docx"],
            Paragraph("附件"),
            Paragraph("某县重点任务分工表"),
            Table(
                Row("序号", "项目", "具体任务", "牵头单位", "配合单位", "完成时间"),
                GroupRow("一、基础工作", 6),
                Row("1", "^1.党政同责（3分）", "纳入督办内容。", "县食安办", "县委巡察办、县督查中心", "2023年6月30日前"),
                Row("2", "^", "开展评议考核。", "县食安办", "县委组织部\n各乡镇政府", "2023年12月底前")),
            Paragraph(""),
            Table(
                Row("序号", "项目", "具体任务", "牵头单位", "配合单位", "完成时间"),
                Row("3", "", "表彰奖励和问责。", "县食安办", "县人社局", "长期坚持"),
                GroupRow("二、能力建设", 6),
                Row("4", "2.投入保障", "经费列入预算。", "县财政局", "", "2023年3月底前")));

        // When it is imported
        var (set, diagnostics) = ImportRunner.Import(temp["分工表.docx"]);

        // Then every row is a task with its group, item, score, units and deadline
        Assert.NotNull(set);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        Assert.Equal(
            [
                ("基础工作", "党政同责", "3", "纳入督办内容。", "县食安办", "县委巡察办、县督查中心", "2023年6月30日前"),
                ("基础工作", "党政同责", "3", "开展评议考核。", "县食安办", "县委组织部、各乡镇政府", "2023年12月底前"),
                ("基础工作", "党政同责", "3", "表彰奖励和问责。", "县食安办", "县人社局", "长期坚持"),
                ("能力建设", "投入保障", "", "经费列入预算。", "县财政局", "", "2023年3月底前"),
            ],
            set.Tasks.Select(t => (t.Category, t.Item, t.Score, t.Text, string.Join("、", t.Leads), string.Join("、", t.Partners), t.Deadline)));
    }

    [Fact]
    public void A_table_of_the_same_width_without_a_header_continues_the_one_before()
    {
        using var temp = new TempFolder();
        Write(temp["分工表.docx"],
            Table(Row("序号", "类别", "工作任务", "牵头单位"), Row("1", "^基础工作", "纳入督办内容。", "县食安办")),
            Paragraph("（续表）"),
            Table(Row("2", "^", "开展评议考核。", "县委组织部")),
            Table(Row("甲", "乙"), Row("丙", "丁")));

        var (set, _) = ImportRunner.Import(temp["分工表.docx"]);

        Assert.Equal([("基础工作", "纳入督办内容。"), ("基础工作", "开展评议考核。")], set!.Tasks.Select(t => (t.Category, t.Text)));
    }

    [Fact]
    public void Splits_numbered_sub_tasks_of_one_cell_with_one_unit_and_deadline_line_each()
    {
        using var temp = new TempFolder();
        Write(temp["分工表.docx"],
            Table(
                Row("序号", "项目", "重点任务", "牵头单位", "责任部门", "完成时限"),
                Row("8", "过程监管", "（8）建立台账。\n（9）定期调度，每月通报（含乡镇）。", "县市场监管局", "县教育局\n县卫健局、县公安局", "2023年6月底前\n长期坚持"),
                Row("10", "过程监管", "（10）落实陪餐制。", "县教育局", "县市场监管局\n各乡镇政府", "2023年3月底前")));

        var (set, _) = ImportRunner.Import(temp["分工表.docx"]);

        Assert.Equal(
            [
                ("建立台账。", "县市场监管局", "县教育局", "2023年6月底前"),
                ("定期调度，每月通报（含乡镇）。", "县市场监管局", "县卫健局、县公安局", "长期坚持"),
                ("（10）落实陪餐制。", "县教育局", "县市场监管局、各乡镇政府", "2023年3月底前"),
            ],
            set!.Tasks.Select(t => (t.Text, string.Join("、", t.Leads), string.Join("、", t.Partners), t.Deadline)));
    }

    [Fact]
    public void A_table_without_task_and_unit_columns_is_not_a_task_table()
    {
        using var temp = new TempFolder();
        Write(temp["plan.docx"],
            Paragraph("一、工作目标"),
            Table(Row("指标", "目标值"), Row("抽检合格率", "98%")));

        var (set, _) = ImportRunner.Import(temp["plan.docx"]);

        Assert.NotNull(set);
        Assert.Empty(set.Tasks);
    }

    [Fact]
    public void Points_a_table_task_at_the_paragraph_of_its_cell()
    {
        using var temp = new TempFolder();
        Write(temp["分工表.docx"],
            Paragraph("附件"),
            Table(Row("序号", "工作任务", "牵头单位"), Row("1", "纳入督办内容。", "县食安办")));

        var (set, _) = ImportRunner.Import(temp["分工表.docx"]);

        // Paragraphs in reading order: 附件 (1), then the header's three cells (2–4), then 1 (5) and the task (6).
        Assert.Equal(6, Assert.Single(set!.Tasks).Location.Line);
    }
}
