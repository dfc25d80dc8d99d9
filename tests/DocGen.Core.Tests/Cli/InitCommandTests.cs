using DocGen.Tests.Support;

namespace DocGen.Tests.Cli;

[Collection("Console")]
public sealed class InitCommandTests
{
    [Fact]
    public void Creates_a_set_from_the_sample_that_builds()
    {
        using var temp = new TempFolder();
        var (exit, _, error) = CliRunner.Run(temp.Path, "init", "new-set");
        Assert.True(exit == 0, error);
        // Every file of the sample, its own templates too, so the new set builds as the sample does
        Assert.Equal(
            Directory.GetFiles(Repository.SampleSet, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Repository.SampleSet, f)).Order(StringComparer.Ordinal),
            Directory.GetFiles(temp["new-set"], "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(temp["new-set"], f)).Order(StringComparer.Ordinal));

        var build = CliRunner.Run(temp.Path, "build", "new-set", "--out", "out");
        Assert.True(build.ExitCode == 0, build.Error);
    }

    [Fact]
    public void Refuses_a_folder_that_is_not_empty_and_leaves_it_untouched()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["mine"]);
        File.WriteAllText(Path.Combine(temp["mine"], "tasks.csv"), "my work");

        var (exit, _, error) = CliRunner.Run(temp.Path, "init", "mine");

        Assert.Equal(3, exit);
        Assert.Contains("error DG5003", error);
        Assert.Equal("my work", File.ReadAllText(Path.Combine(temp["mine"], "tasks.csv")));
    }
}
