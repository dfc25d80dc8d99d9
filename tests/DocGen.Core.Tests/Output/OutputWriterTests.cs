using DocGen.Diagnostics;
using DocGen.Output;
using DocGen.Tests.Support;

namespace DocGen.Tests.Output;

public sealed class OutputWriterTests
{
    [Fact]
    public void A_file_that_cannot_be_replaced_is_reported_by_name_and_the_others_are_still_written()
    {
        // Given an output folder where 印发通知.docx cannot be replaced (here: a folder of that name stands in the way,
        // as a document held open in Word does on Windows) and a file DocGen did not write
        using var temp = new TempFolder();
        Directory.CreateDirectory(Path.Combine(temp.Path, "印发通知.docx"));
        File.WriteAllText(temp["笔记.txt"], "mine");
        var diagnostics = new DiagnosticBag();

        // When two documents are written
        var written = new OutputWriter(temp.Path, "out", diagnostics).Write([("印发通知.docx", [1, 2, 3]), ("实施方案.docx", [4, 5])]);

        // Then the blocked one is reported, the other is complete, foreign files are untouched, no temp file is left
        Assert.Equal(["实施方案.docx"], written);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal((DiagnosticIds.OutputWriteFailed, Path.Combine("out", "印发通知.docx")), (error.Id, error.Location!.Path));
        Assert.Equal([4, 5], File.ReadAllBytes(temp["实施方案.docx"]));
        Assert.Equal("mine", File.ReadAllText(temp["笔记.txt"]));
        Assert.DoesNotContain(Directory.GetFiles(temp.Path), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void A_failed_build_leaves_earlier_outputs_byte_identical()
    {
        using var temp = new TempFolder();
        Assert.True(SampleBuild.Build(Repository.SampleSet, temp["out"]).Succeeded);
        var before = Directory.GetFiles(temp["out"]).ToDictionary(f => f, File.ReadAllBytes);

        using var broken = new SetEditor().SetCell("tasks.csv", "2,", 5, "不存在的单位");
        var result = SampleBuild.Build(broken.Folder, temp["out"]);

        Assert.False(result.Succeeded);
        Assert.All(before, f => Assert.Equal(f.Value, File.ReadAllBytes(f.Key)));
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), Directory.GetFiles(temp["out"]).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("../../etc/passwd", "_.._etc_passwd")]
    [InlineData("县\\教育局", "县_教育局")]
    [InlineData("CON", "_CON")]
    [InlineData("..", "_")]
    [InlineData("县教育局\u0000\u0007", "县教育局__")]
    [InlineData("县:教育局*?", "县_教育局__")]
    public void Unit_names_become_safe_file_names(string name, string expected)
    {
        var safe = FileNames.Sanitize(name);
        Assert.Equal(expected, safe);
        Assert.Equal(safe, Path.GetFileName(safe));
    }
}
