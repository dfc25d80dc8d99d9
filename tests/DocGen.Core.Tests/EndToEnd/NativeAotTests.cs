using System.Runtime.InteropServices;
using DocGen.Tests.Support;

namespace DocGen.Tests.EndToEnd;

/// <summary>
/// The NativeAOT program README recommends (it starts in a tenth of the time) must behave exactly like the ordinary
/// build: trimming can silently drop what templates reach by reflection. Publishes it and compares outputs byte for byte.
/// </summary>
public sealed class NativeAotTests
{
    [SkippableFact]
    public void The_NativeAOT_program_writes_the_same_bytes_and_reports_the_same_diagnostics()
    {
        RequireToolchain();
        using var temp = new TempFolder();
        var aot = Path.Combine(temp["publish"], "docgen");
        Run("dotnet", ["publish", Path.Combine(Repository.Root, "tool", "DocGen.Cli"), "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier,
            "-p:PublishAot=true", "-o", temp["publish"]], TimeSpan.FromMinutes(20));
        var jit = Path.Combine(AppContext.BaseDirectory, "docgen.dll");

        // The sample and a set full of the real samples' mistakes, through both programs
        foreach (var (set, command) in new[] { (Repository.SampleSet, "build"), (Path.Combine(Repository.Root, "tests", "cases", "wei-county"), "check") })
        {
            var name = Path.GetFileName(set) + "-" + command;
            string[] Arguments(string output) => command == "build"
                ? [command, set, "--templates", Repository.Templates, "--quiet", "--out", output]
                : [command, set, "--templates", Repository.Templates];
            var fromAot = Run(aot, Arguments(temp[name + "-aot"]), TimeSpan.FromMinutes(2), check: false);
            var fromJit = Run("dotnet", [jit, .. Arguments(temp[name + "-jit"])], TimeSpan.FromMinutes(2), check: false);

            Assert.Equal(fromJit, fromAot);
            if (command != "build")
                continue;
            var files = Directory.GetFiles(temp[name + "-jit"], "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(temp[name + "-jit"], f)).Order().ToList();
            Assert.Equal(files, Directory.GetFiles(temp[name + "-aot"], "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(temp[name + "-aot"], f)).Order());
            foreach (var file in files)
                Assert.True(File.ReadAllBytes(Path.Combine(temp[name + "-jit"], file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(temp[name + "-aot"], file))), $"{name}: {file} differs");
        }
        Assert.True(Directory.GetFiles(temp["data-build-aot"], "*.docx").Length > 30);

        // Import reads Word and text through the Open XML SDK and writes YAML and CSV: trimming must not change a byte
        foreach (var source in new[] { "wei-county-plan.docx", "wei-county-plan.txt" })
        {
            var path = Path.Combine(Repository.Root, "tests", "DocGen.Core.Tests", "Import", "Samples", source);
            var (aotSet, jitSet) = (temp[source + "-aot"], temp[source + "-jit"]);
            var fromAot = Run(aot, ["import", path, "--out", aotSet], TimeSpan.FromMinutes(2)).Replace(aotSet, "SET", StringComparison.Ordinal);
            var fromJit = Run("dotnet", [jit, "import", path, "--out", jitSet], TimeSpan.FromMinutes(2)).Replace(jitSet, "SET", StringComparison.Ordinal);
            Assert.Equal(fromJit, fromAot);
            foreach (var file in Directory.GetFiles(jitSet).Select(Path.GetFileName).Order())
                Assert.True(File.ReadAllBytes(Path.Combine(jitSet, file!)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(aotSet, file!))), $"import {source}: {file} differs");
            Assert.Equal(Directory.GetFiles(jitSet).Length, Directory.GetFiles(aotSet).Length);
        }

        // Help and usage errors, which the program says itself, say the same in both
        foreach (var arguments in new[] { ["--help"], ["chek"], ["build", "--out"], ["check", "--format", "xml"], ["diff", "--help"], Array.Empty<string>() })
            Assert.Equal(Run("dotnet", [jit, .. arguments], TimeSpan.FromMinutes(1), check: false), Run(aot, arguments, TimeSpan.FromMinutes(1), check: false));
    }

    /// <summary>NativeAOT links with the system's C toolchain; CI installs it (.ci/run), elsewhere the test skips without it.</summary>
    private static void RequireToolchain()
    {
        var missing = (ChildProcess.Find("clang") is null && ChildProcess.Find("gcc") is null) || !File.Exists("/usr/include/zlib.h")
                ? "NativeAOT needs clang or gcc and zlib1g-dev (apt-get install clang zlib1g-dev)"
            : Environment.GetEnvironmentVariable("DOCGEN_SKIP_AOT") == "1" ? "DOCGEN_SKIP_AOT=1"
            : null;
        if (missing is null)
            return;
        if (Environment.GetEnvironmentVariable("CI") is { Length: > 0 })
            Assert.Fail("CI must run the NativeAOT test: " + missing);
        Skip.If(true, missing);
    }

    /// <returns>The exit code, standard output and standard error, for comparing two programs.</returns>
    private static string Run(string program, IReadOnlyList<string> args, TimeSpan timeout, bool check = true)
    {
        var (exit, output, error) = ChildProcess.Run(program, args, timeout);
        var result = $"exit {exit}\n{output}\n{error}";
        Assert.False(check && exit != 0, $"{program} {string.Join(' ', args)}: {result}");
        return result;
    }
}
