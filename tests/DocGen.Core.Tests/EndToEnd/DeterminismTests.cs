using DocGen.Tests.Support;

namespace DocGen.Tests.EndToEnd;

public sealed class DeterminismTests
{
    [Fact]
    public void Building_twice_gives_byte_identical_documents()
    {
        using var temp = new TempFolder();
        var first = SampleBuild.Build(Repository.SampleSet, temp["a"], write: false);
        Thread.Sleep(1100); // a zip timestamp taken from the clock would now differ
        var second = SampleBuild.Build(Repository.SampleSet, temp["b"], write: false);

        Assert.True(first.Succeeded, SampleBuild.Errors(first));
        Assert.Equal(first.Documents.Select(d => d.FileName), second.Documents.Select(d => d.FileName));
        foreach (var ((name, a), (_, b)) in first.Documents.Zip(second.Documents))
            Assert.True(a.AsSpan().SequenceEqual(b), $"{name} differs between two builds");
    }

    [Fact]
    public void Document_properties_carry_the_title_and_the_sign_date_not_the_clock()
    {
        using var temp = new TempFolder();
        SampleBuild.Build(Repository.SampleSet, temp["out"]);
        using var docx = new DocxReader(Path.Combine(temp["out"], "实施方案.docx"));
        var properties = docx.Package.PackageProperties;
        Assert.Equal("威县创建国家食品安全示范城市工作实施方案", properties.Title);
        Assert.Equal(new DateTime(2023, 1, 19, 0, 0, 0, DateTimeKind.Utc), properties.Created?.ToUniversalTime());
        Assert.Equal(properties.Created, properties.Modified);
    }
}
