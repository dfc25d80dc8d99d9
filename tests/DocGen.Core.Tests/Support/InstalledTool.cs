namespace DocGen.Tests.Support;

/// <summary>
/// Packs the CLI the way README §2 says (the native linux-x64 package, the framework-dependent one, then the package
/// that points to them) and installs it with <c>dotnet tool install --tool-path</c>, all inside one temporary folder.
/// </summary>
public static class InstalledTool
{
    /// <returns>The installed <c>docgen</c> command.</returns>
    public static string PackAndInstall(TempFolder temp)
    {
        var project = Path.Combine(Repository.Root, "tool", "DocGen.Cli");
        // Its own artifacts folder: the tool's obj/ and bin/ stay free for a build of the tests running meanwhile.
        string[] common = ["-c", "Release", "-o", temp["feed"], "--artifacts-path", temp["artifacts"]];
        foreach (string[] runtime in new[] { ["-r", "linux-x64"], ["-r", "any"], Array.Empty<string>() })
            Run(["pack", project, .. runtime, .. common]);

        // Only the packages just made: with no other source, a DocGen published elsewhere cannot be taken instead.
        var config = temp["nuget.config"];
        File.WriteAllText(config, $"""
            <configuration>
              <packageSources>
                <clear />
                <add key="feed" value="{temp["feed"]}" />
              </packageSources>
            </configuration>
            """);
        Run(["tool", "install", "--tool-path", temp["tools"], "--configfile", config, "DocGen"]);
        return Path.Combine(temp["tools"], "docgen");
    }

    private static void Run(string[] args)
    {
        // NativeAOT compiles for a few minutes on two cores.
        var (exit, output, error) = ChildProcess.Run("dotnet", args, TimeSpan.FromMinutes(20));
        Assert.True(exit == 0, $"dotnet {string.Join(' ', args)}: exit {exit}\n{output}\n{error}");
    }
}
