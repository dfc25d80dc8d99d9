using System.Text.RegularExpressions;
using DocGen.Cli;
using DocGen.Pipeline;
using DocGen.Tests.Support;

namespace DocGen.Tests.Cli;

/// <summary>The progress bar of a multi-set build knows its total before the first document: it fills once, from the left.</summary>
public sealed partial class ProgressTests
{
    [Fact]
    public void Every_frame_of_a_two_set_build_shows_the_total_of_both_sets_and_the_count_only_grows()
    {
        // Given two copies of the sample set, one already built so its documents are skipped
        using var temp = new TempFolder();
        Repository.CopyFolder(Repository.SampleSet, temp["a"]);
        Repository.CopyFolder(Repository.SampleSet, temp["b"]);
        var sets = new[] { "a", "b" }.Select(s => new BuildOptions(temp[s], s, Repository.Templates, "templates", temp["out-" + s], "out-" + s)).ToList();
        Assert.True(new BuildPipeline(sets[1]).Build().Succeeded);
        var frames = new StringWriter();

        // When both are built with the bar shown
        var results = SetRunner.Run(sets, p => p.Build(), new Progress(enabled: true, sets.Count, frames));

        // Then every frame counts against the same total, 33 + 33, and the count never goes back
        Assert.All(results, r => Assert.True(r.Result.Succeeded));
        var counts = Frame().Matches(frames.ToString()).Select(m => (Made: int.Parse(m.Groups[1].Value), All: int.Parse(m.Groups[2].Value))).ToList();
        Assert.NotEmpty(counts);
        Assert.All(counts, c => Assert.Equal(66, c.All));
        Assert.Equal(counts.Select(c => c.Made).Order(), counts.Select(c => c.Made));
        Assert.Equal(66, counts[^1].Made);
    }

    [GeneratedRegex(@"\] (\d+)/(\d+) 个文件")]
    private static partial Regex Frame();
}
