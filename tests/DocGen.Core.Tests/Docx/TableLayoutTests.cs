using DocGen.Docx;

namespace DocGen.Tests.Docx;

/// <summary>Column widths, vertical merges and container arguments of the table renderer.</summary>
public sealed class TableLayoutTests
{
    private static readonly IReadOnlyList<IReadOnlyList<string>> Tasks =
    [
        ["序号", "类别", "项目", "工作任务", "完成时限"],
        ["1", "基础工作", "党政同责", "将食品安全重大部署、重点工作纳入县委、县政府跟踪督办内容。", "2023年6月30日前"],
        ["2", "基础工作", "党政同责", "对各乡镇食品安全工作开展评议考核。", "2023年12月底前"],
        ["3", "基础工作", "工作机制", "加强县食品药品安全委员会及其办公室建设。", "长期坚持"],
        ["4", "能力建设", "工作机制", "健全食品安全风险监测结果通报机制。", "2023年4月—12月"],
    ];

    private static readonly bool[] Header = [true, false, false, false, false];

    [Fact]
    public void Merges_repeated_groups_but_never_across_a_change_of_the_column_to_the_left()
    {
        var merges = TableMerges.Compute(Tasks, Header, ["类别", "项目"]);
        Assert.Equal([1, 2], merges.Columns);
        // 类别: rows 1-3 one cell, row 4 alone.
        Assert.Equal([MergeState.None, MergeState.Restart, MergeState.Continue, MergeState.Continue, MergeState.None], Column(merges, 1));
        // 项目: 党政同责 rows 1-2; 工作机制 in rows 3 and 4 belongs to two 类别, so it does not merge.
        Assert.Equal([MergeState.None, MergeState.Restart, MergeState.Continue, MergeState.None, MergeState.None], Column(merges, 2));
        Assert.All(Enumerable.Range(0, 5), r => Assert.Equal(MergeState.None, merges[r, 0]));
    }

    [Fact]
    public void Merges_nothing_when_the_container_names_no_column()
    {
        var merges = TableMerges.Compute(Tasks, Header, []);
        Assert.Empty(merges.Columns);
        Assert.All(Enumerable.Range(0, 5), r => Assert.Equal(MergeState.None, merges[r, 1]));
    }

    [Fact]
    public void Widths_fill_the_type_area_and_give_dates_room_for_two_lines()
    {
        var widths = ColumnWidths.Compute(Tasks, 5, GbT9704.LandscapeTypeAreaWidth, [1, 2]);
        Assert.Equal(GbT9704.LandscapeTypeAreaWidth, widths.Sum());
        // “2023年6月30日前” is 7.5 characters of 小四 (240 twips): two lines need 4 of them plus the cell margins.
        Assert.True(widths[4] >= (4 * 240) + (2 * GbT9704.TableCellPaddingHorizontal), $"完成时限 {widths[4]}");
        // The long task text gets the widest column; 序号 stays narrow.
        Assert.Equal(widths.Max(), widths[3]);
        Assert.True(widths[0] < widths[4]);
    }

    [Fact]
    public void Container_arguments_give_flags_and_lists()
    {
        var arguments = ContainerArguments.Parse("landscape merge=类别,项目");
        Assert.True(arguments.Has("landscape"));
        Assert.Equal(["类别", "项目"], arguments.List("merge"));
        Assert.Empty(ContainerArguments.Parse(null).List("merge"));
        Assert.False(ContainerArguments.Parse("").Has("landscape"));
    }

    private static MergeState[] Column(TableMerges merges, int column) =>
        Enumerable.Range(0, Tasks.Count).Select(r => merges[r, column]).ToArray();
}
