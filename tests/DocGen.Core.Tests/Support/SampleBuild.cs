using DocGen.Pipeline;

namespace DocGen.Tests.Support;

/// <summary>Runs the real pipeline on a set folder into an output folder, as <c>docgen build</c> does.</summary>
public static class SampleBuild
{
    public static BuildResult Build(string set, string output, bool write = true)
    {
        var options = new BuildOptions(set, "set", Repository.Templates, "templates", output, "out");
        var pipeline = new BuildPipeline(options);
        return write ? pipeline.Build() : pipeline.Render();
    }

    public static string Errors(BuildResult result) => string.Join("\n", result.Diagnostics);
}
