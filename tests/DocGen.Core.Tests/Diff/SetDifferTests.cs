using DocGen.Binding;
using DocGen.Diagnostics;
using DocGen.Diff;
using DocGen.Domain;
using DocGen.Tests.Support;

namespace DocGen.Tests.Diff;

public sealed class SetDifferTests
{
    [Fact]
    public void Names_a_moved_lead_unit_a_slipped_deadline_a_new_task_a_moved_phase_and_each_units_gain_and_loss()
    {
        // Given the sample and a version where task 2 moves to 县委组织部, task 5 slips, a task is added for 县法院,
        // task 63 is dropped and the last phase starts later
        using var after = new SetEditor()
            .SetCell("tasks.csv", "2,", 5, "县委组织部").SetCell("tasks.csv", "2,", 6, "乡镇政府")
            .RemoveLines("progress.csv", l => l.StartsWith("2,食药安办,", StringComparison.Ordinal))
            .SetCell("tasks.csv", "5,", 7, "2023年9月底前")
            .RemoveLines("tasks.csv", l => l.StartsWith("63,", StringComparison.Ordinal))
            .Append("tasks.csv", "64,否决项,补充任务,1,补充一项任务。,县法院,,2023年12月底前,")
            .Replace("phases.csv", "省级验收阶段,2024年7月", "省级验收阶段,2024年8月");

        // When the two are compared
        var changes = SetDiffer.Compare(Bind(Repository.SampleSet), Bind(after.Folder));
        var lines = ChangeReport.Lines(changes);

        // Then each change is named once, in Chinese
        Assert.Contains("第2项任务（党政同责）：牵头单位由“县食品药品安全委员会办公室”调整为“县委组织部”；责任单位由“县委组织部、各乡镇人民政府”调整为“各乡镇人民政府”", lines);
        Assert.Contains("第5项任务（工作机制）：完成时限由“2023年1月底前”调整为“2023年9月底前”", lines);
        Assert.Contains("新增第64项任务（补充任务）", lines);
        Assert.Contains(lines, l => l.StartsWith("删除第63项任务", StringComparison.Ordinal));
        Assert.Contains("阶段“省级验收阶段”由2024年7月—12月31日调整为2024年8月—12月31日", lines);
        Assert.Contains("县食品药品安全委员会办公室：不再承担第2项", lines);
        Assert.Contains("县人民法院：新增第64项", lines);
        // 县委组织部 keeps task 2, no longer as a responsible unit but as its lead
        Assert.Contains("县委组织部：第2项由责任单位改为牵头单位", lines);
    }

    [Fact]
    public void A_lead_that_becomes_a_responsible_unit_is_named()
    {
        // Given a version where task 2's lead and one of its responsible units swap roles
        using var after = new SetEditor().SetCell("tasks.csv", "2,", 5, "县委组织部").SetCell("tasks.csv", "2,", 6, "食药安办、乡镇政府");

        // When the two are compared
        var lines = ChangeReport.Lines(SetDiffer.Compare(Bind(Repository.SampleSet), Bind(after.Folder)));

        // Then each unit's new role is said, though neither gained or lost the task
        Assert.Contains("县食品药品安全委员会办公室：第2项由牵头单位改为责任单位", lines);
        Assert.Contains("县委组织部：第2项由责任单位改为牵头单位", lines);
    }

    [Fact]
    public void Two_identical_sets_have_no_changes() =>
        Assert.True(SetDiffer.Compare(Bind(Repository.SampleSet), Bind(Repository.SampleSet)).IsEmpty);

    private static DocumentSet Bind(string folder)
    {
        var diagnostics = new DiagnosticBag();
        var set = new DocumentSetBinder(diagnostics).Bind(folder, "set")!;
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        return set!;
    }
}
