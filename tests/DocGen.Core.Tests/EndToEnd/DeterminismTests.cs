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
}
