using System.Runtime.InteropServices;
using DocGen.Tests.Support;

namespace DocGen.Tests.EndToEnd;

/// <summary>
/// What <c>dotnet tool install</c> gives on linux-x64 is the NativeAOT program (README §2), and it must behave exactly
/// like the ordinary build: trimming can silently drop what templates reach by reflection. Packs and installs the tool
/// as README says, checks it is native and builds the sample it brings, then compares its outputs with the JIT
/// build's byte for byte.
/// </summary>
public sealed class NativeAotTests
{
    [SkippableFact]
    public void The_installed_tool_is_the_NativeAOT_program_and_writes_the_same_bytes_and_diagnostics_as_the_JIT_build()
    {
        RequireToolchain();
        using var temp = new TempFolder();
        var aot = InstalledTool.PackAndInstall(temp);
        var jit = Path.Combine(AppContext.BaseDirectory, "docgen.dll");

        // The installed command is a native executable, with no assembly for a runtime to load beside it
        var program = new FileInfo(aot).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? aot;
        Assert.Equal("\u007fELF"u8.ToArray(), File.ReadAllBytes(program)[..4]);
        Assert.Empty(Directory.GetFiles(temp["tools"], "docgen.dll", SearchOption.AllDirectories));
        Assert.Equal(Run("dotnet", [jit, "--version"], TimeSpan.FromMinutes(1)), Run(aot, ["--version"], TimeSpan.FromMinutes(1)));

        // README's first steps with the installed tool: its own sample and templates
        Run(aot, ["init", temp["mine"]], TimeSpan.FromMinutes(1));
        Run(aot, ["build", temp["mine"], "--out", temp["mine-out"]], TimeSpan.FromMinutes(2));
        Assert.True(Directory.GetFiles(temp["mine-out"], "*.docx").Length > 30);

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

        // The name check walks the model's property types by reflection (the IL2070 silenced in ModelTypeProperties):
        // names it does not know, at the top and inside #each, are reported with the same list of known names
        var templates = temp["templates"];
        Repository.CopyFolder(Repository.Templates, templates);
        File.AppendAllText(Path.Combine(templates, "plan.md.hbs"), "\n{{Nothing}}\n{{#each Tasks}}{{Nmber}}{{/each}}\n");
        var unknownNames = Run(aot, ["check", Repository.SampleSet, "--templates", templates], TimeSpan.FromMinutes(1), check: false);
        Assert.Contains("Nmber", unknownNames);
        Assert.Equal(Run("dotnet", [jit, "check", Repository.SampleSet, "--templates", templates], TimeSpan.FromMinutes(1), check: false), unknownNames);

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

    /// <summary>
    /// NativeAOT links with the system's C toolchain; CI installs it (.ci/run), elsewhere the test skips without it. The
    /// native package is made for linux-x64 only.
    /// </summary>
    private static void RequireToolchain()
    {
        var missing = RuntimeInformation.RuntimeIdentifier != "linux-x64"
                ? $"the native tool package is made for linux-x64, not {RuntimeInformation.RuntimeIdentifier}"
            : (ChildProcess.Find("clang") is null && ChildProcess.Find("gcc") is null) || !File.Exists("/usr/include/zlib.h")
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
