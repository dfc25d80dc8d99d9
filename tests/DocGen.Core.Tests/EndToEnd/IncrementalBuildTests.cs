using DocGen.Diagnostics;
using DocGen.Pipeline;
using DocGen.Tests.Support;

namespace DocGen.Tests.EndToEnd;

/// <summary>Rebuilding after every reassignment: only what changed is written, and nobody's edits are lost.</summary>
public sealed class IncrementalBuildTests
{
    [Fact]
    public void A_second_build_with_no_change_writes_nothing()
    {
        using var temp = new TempFolder();
        var first = SampleBuild.Build(Repository.SampleSet, temp["out"]);
        var times = Directory.GetFiles(temp["out"], "*.docx").ToDictionary(f => f, File.GetLastWriteTimeUtc);

        var second = SampleBuild.Build(Repository.SampleSet, temp["out"]);

        Assert.Equal(33, first.Written.Count);
        Assert.All(first.Written, w => Assert.Equal(RebuildReason.New, w.Reason));
        Assert.Empty(second.Written);
        Assert.Equal(33, second.Skipped.Count);
        Assert.All(times, t => Assert.Equal(t.Value, File.GetLastWriteTimeUtc(t.Key)));
    }

    [Fact]
    public void Changing_one_lead_unit_rebuilds_only_the_documents_that_mention_the_task_or_either_unit()
    {
        // Given a built set, When task 2 moves from 食药安办 to 县委组织部 (already a partner there, who then leads)
        using var set = new SetEditor();
        using var temp = new TempFolder();
        SampleBuild.Build(set.Folder, temp["out"]);
        set.SetCell("tasks.csv", "2,", 5, "县委组织部").SetCell("tasks.csv", "2,", 6, "乡镇政府、食药安办");
        var result = SampleBuild.Build(set.Folder, temp["out"]);

        // Then the notice, plan, table and county report change, and of the unit reports only those of the two units
        Assert.True(result.Succeeded, SampleBuild.Errors(result));
        Assert.Equal(
            ["任务分工表.docx", "全县自查报告.docx", "印发通知.docx", "实施方案.docx", "自查报告-县委组织部.docx", "自查报告-县食品药品安全委员会办公室.docx"],
            result.Written.Select(w => w.FileName).Order(StringComparer.Ordinal));
        Assert.All(result.Written, w => Assert.Equal(RebuildReason.DataChanged, w.Reason));
    }

    [Fact]
    public void A_document_edited_after_DocGen_wrote_it_is_not_overwritten_without_force()
    {
        using var temp = new TempFolder();
        SampleBuild.Build(Repository.SampleSet, temp["out"]);
        File.WriteAllText(Path.Combine(temp["out"], "实施方案.docx"), "edited in Word");
        using var set = new SetEditor().Replace("manifest.yaml", "附注: 此件公开发布", "附注: 此件依申请公开");

        var result = SampleBuild.Build(set.Folder, temp["out"]);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticIds.OutputNotOurs, Path.Combine("out", "实施方案.docx")), (error.Id, error.Location!.Path));
        Assert.Equal("edited in Word", File.ReadAllText(Path.Combine(temp["out"], "实施方案.docx")));
        Assert.Contains(result.Written, w => w.FileName == "印发通知.docx");

        var forced = new BuildPipeline(new BuildOptions(set.Folder, "set", Repository.Templates, "templates", temp["out"], "out")).Build(force: true);
        Assert.Empty(forced.Diagnostics);
        Assert.Equal(33, forced.Written.Count);
    }

    [Fact]
    public void Outputs_that_no_longer_correspond_to_anything_are_reported_and_removed_only_with_prune()
    {
        using var temp = new TempFolder();
        SampleBuild.Build(Repository.SampleSet, temp["out"]);
        var stale = Path.Combine(temp["out"], "自查报告-县人民法院.docx");
        using var set = new SetEditor().Replace("units.csv", "县人民法院,县法院、法院,是", "县人民法院,县法院、法院,否");

        var kept = SampleBuild.Build(set.Folder, temp["out"]);
        Assert.Equal(DiagnosticIds.OutputStale, Assert.Single(kept.Diagnostics).Id);
        Assert.True(File.Exists(stale));

        var pruned = new BuildPipeline(new BuildOptions(set.Folder, "set", Repository.Templates, "templates", temp["out"], "out")).Build(prune: true);
        Assert.Equal(["自查报告-县人民法院.docx"], pruned.Removed);
        Assert.False(File.Exists(stale));
    }
}
