using DocGen.Diagnostics;
using DocGen.Tests.Support;

namespace DocGen.Tests.Import;

/// <summary>Tasks whose clause carries a 完成时限, and a clause on a line of its own closing the paragraphs before it.</summary>
public sealed class BodyTaskFormsTests
{
    private const string Plan = """
        一、重点任务
        （一）基础工作
        1.党政同责。纳入督办内容（牵头单位：县食安办；责任单位：县委巡察办；完成时限：2023年6月30日前）开展评议考核。牵头单位：县食安办，完成时间：2023年12月底前
        2.工作机制。
        健全成员单位信息通报制度；
        定期召开会商会议。
        责任单位：县食安办、县市场监管局；完成时间：2023年1月底前
        """;

    [Fact]
    public void Reads_the_deadline_a_clause_carries_and_joins_the_paragraphs_a_lone_clause_closes()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["plan.txt"], Plan);

        var (set, diagnostics) = ImportRunner.Import(temp["plan.txt"]);

        Assert.NotNull(set);
        Assert.Equal(
            [
                ("党政同责", "纳入督办内容。", "县食安办", "县委巡察办", "2023年6月30日前"),
                ("党政同责", "开展评议考核。", "县食安办", "", "2023年12月底前"),
                ("工作机制", "健全成员单位信息通报制度；定期召开会商会议。", "县食安办", "县市场监管局", "2023年1月底前"),
            ],
            set.Tasks.Select(t => (t.Item, t.Text, string.Join("、", t.Leads), string.Join("、", t.Partners), t.Deadline)));
        // The joined task points at its first paragraph; the bracket of the first clause is closed.
        Assert.Equal(5, set.Tasks[2].Location.Line);
        Assert.DoesNotContain(diagnostics.Items, d => d.Id is DiagnosticIds.ImportBracketUnbalanced or DiagnosticIds.ImportDeadlinesMissing);
    }

    private const string WordedPlan = """
        一、重点任务
        （一）监管执法
        1.监管责任。严格落实监管责任，加强日常检查（县市场监管局牵头，县公安局、县农业农村局配合）。开展专项整治（县市场监管局牵头，各有关部门按职责分工负责）。
        2.风险监测。健全风险监测体系（县卫生健康局会同县市场监管局负责）。
        3.社会共治。推进社会共治（县民政局牵头）；引导行业自律（详见附件）。
        """;

    [Fact]
    public void Reads_clauses_said_in_words_lead_with_partners_and_working_together()
    {
        // Given tasks closed not by 牵头单位：… but in words, as many plans write them, and an aside in brackets
        using var temp = new TempFolder();
        File.WriteAllText(temp["plan.txt"], WordedPlan);

        // When it is imported
        var (set, _) = ImportRunner.Import(temp["plan.txt"]);

        // Then each clause gives its task its lead and partners; the aside is text, not a clause
        Assert.NotNull(set);
        Assert.Equal(
            [
                ("严格落实监管责任，加强日常检查。", "县市场监管局", "县公安局、县农业农村局"),
                ("开展专项整治。", "县市场监管局", "各有关部门"),
                ("健全风险监测体系。", "县卫生健康局", "县市场监管局"),
                ("推进社会共治。", "县民政局", ""),
            ],
            set.Tasks.Select(t => (t.Text, string.Join("、", t.Leads), string.Join("、", t.Partners))));
    }

    private const string UnbracketedPlan = """
        一、重点任务
        （一）监管执法
        1.监管责任。严格落实监管责任，加强日常检查。县市场监管局牵头，县公安局、县农业农村局配合。
        2.专项整治。开展专项整治，县市场监管局牵头，各有关部门按职责分工负责。
        3.风险监测。健全风险监测体系。由县卫生健康局会同县市场监管局负责。
        4.工作机制。各部门要牵头。建立由县政府牵头、各部门配合的工作机制（县政府办牵头）。
        """;

    [Fact]
    public void Reads_clauses_in_words_that_stand_as_sentences_of_their_own_but_not_a_subject_inside_a_sentence()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["plan.txt"], UnbracketedPlan);

        var (set, _) = ImportRunner.Import(temp["plan.txt"]);

        Assert.NotNull(set);
        Assert.Equal(
            [
                ("监管责任", "严格落实监管责任，加强日常检查。", "县市场监管局", "县公安局、县农业农村局"),
                ("专项整治", "开展专项整治。", "县市场监管局", "各有关部门"),
                ("风险监测", "健全风险监测体系。", "县卫生健康局", "县市场监管局"),
                ("工作机制", "各部门要牵头。建立由县政府牵头、各部门配合的工作机制。", "县政府办", ""),
            ],
            set.Tasks.Select(t => (t.Item, t.Text, string.Join("、", t.Leads), string.Join("、", t.Partners))));
    }
}
