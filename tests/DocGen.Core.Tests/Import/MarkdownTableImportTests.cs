using DocGen.Tests.Support;

namespace DocGen.Tests.Import;

/// <summary>A 分工表 in text copied from a website: a Markdown pipe table, with <c>&lt;p&gt;</c> breaking lines inside cells.</summary>
public sealed class MarkdownTableImportTests
{
    private const string Page = """
        某县食品安全工作方案
        一、重点任务
        附件：任务分工表

        | 序号 | 类别 | 工作任务 | 牵头单位 | 责任单位 | 完成时限 |
        |---|---|---|---|---|---|
        | 1 | 基础工作 | 纳入督办内容。 | 县食安办 | 县委巡察办<p>县督查中心</p> | 2023年6月30日前 |
        | 2 |  | 开展**评议考核**。 | 县食安办 | 县委组织部<br>各乡镇政府 | 长期坚持 |

        二、工作步骤
        （一）部署阶段（2023年1月）部署工作。
        """;

    [Fact]
    public void Reads_a_pipe_table_as_a_task_table_and_the_lines_after_it_as_paragraphs()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["page.md"], Page);

        var (set, diagnostics) = ImportRunner.Import(temp["page.md"]);

        Assert.NotNull(set);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        Assert.Equal(
            [
                ("基础工作", "纳入督办内容。", "县食安办", "县委巡察办、县督查中心", "2023年6月30日前"),
                ("基础工作", "开展评议考核。", "县食安办", "县委组织部、各乡镇政府", "长期坚持"),
            ],
            set.Tasks.Select(t => (t.Category, t.Text, string.Join("、", t.Leads), string.Join("、", t.Partners), t.Deadline)));
        Assert.Equal(7, set.Tasks[0].Location.Line);
        Assert.Equal("部署阶段", Assert.Single(set.Phases).Name);
    }
}
