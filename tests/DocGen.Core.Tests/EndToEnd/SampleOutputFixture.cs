using DocGen.Pipeline;
using DocGen.Tests.Support;

namespace DocGen.Tests.EndToEnd;

/// <summary>Builds the sample set once into a temp folder for all end-to-end assertions.</summary>
public sealed class SampleOutputFixture : IDisposable
{
    private readonly TempFolder _folder = new();

    public SampleOutputFixture()
    {
        Output = _folder["out"];
        Result = SampleBuild.Build(Repository.SampleSet, Output);
    }

    public string Output { get; }

    public BuildResult Result { get; }

    public string this[string fileName] => Path.Combine(Output, fileName);

    public void Dispose() => _folder.Dispose();
}
