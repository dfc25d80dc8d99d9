using DocGen.Tests.Support;

namespace DocGen.Tests.Cli;

[Collection("Console")]
public sealed class MultiSetBuildTests
{
    [Fact]
    public void A_folder_of_township_sets_sharing_units_and_templates_builds_each_into_its_own_folder()
    {
        // Given a county folder: three township sets without units.csv, one shared units.csv and templates beside them
        using var temp = new TempFolder();
        var county = temp["county"];
        foreach (var township in new[] { "贺营镇", "方家营乡", "赵村镇" })
        {
            Directory.CreateDirectory(Path.Combine(county, township));
            foreach (var file in new[] { "manifest.yaml", "tasks.csv", "phases.csv", "progress.csv" })
                File.Copy(Path.Combine(Repository.SampleSet, file), Path.Combine(county, township, file));
        }
        File.Copy(Path.Combine(Repository.SampleSet, "units.csv"), Path.Combine(county, "units.csv"));
        Repository.CopyFolder(Repository.Templates, Path.Combine(county, "templates"));

        // When the county is built in one run
        var (exit, output, error) = CliRunner.Run(temp.Path, "build", "county", "--out", "out");

        // Then every township has its 33 documents in its own folder and one total line
        Assert.True(exit == 0, error);
        foreach (var township in new[] { "贺营镇", "方家营乡", "赵村镇" })
            Assert.Equal(33, Directory.GetFiles(Path.Combine(temp["out"], township), "*.docx").Length);
        Assert.Contains("共 3 个文件集：生成 99 个文件，跳过 0 个", output);
    }

    [Fact]
    public void Shards_split_the_sets_between_runs_without_overlap()
    {
        using var temp = new TempFolder();
        foreach (var name in new[] { "a", "b", "c" })
            Repository.CopyFolder(Repository.SampleSet, Path.Combine(temp["sets"], name));

        var first = CliRunner.Run(temp.Path, "build", "sets", "--out", "out", "--templates", Repository.Templates, "--shard", "1/2");
        var second = CliRunner.Run(temp.Path, "build", "sets", "--out", "out", "--templates", Repository.Templates, "--shard", "2/2");

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Equal(["a", "b", "c"], Directory.GetDirectories(temp["out"]).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(2, CliRunner.Run(temp.Path, "build", "sets", "--shard", "3/2").ExitCode);
    }
}
