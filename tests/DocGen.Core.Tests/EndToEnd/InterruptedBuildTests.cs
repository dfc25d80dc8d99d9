using System.Globalization;
using DocGen.Output;
using DocGen.Tests.Support;

namespace DocGen.Tests.EndToEnd;

/// <summary>
/// Builds killed midway, terminated, or run two at once into one folder, as real processes: afterwards the ledger
/// still tells DocGen's files from others, so the next build neither refuses DocGen's own files nor leaves debris.
/// </summary>
public sealed class InterruptedBuildTests
{
    private const long HeapLimitBytes = 192L * 1024 * 1024;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    [Fact]
    public void After_kill_9_while_files_are_replaced_the_next_build_recognises_every_file_DocGen_wrote()
    {
        // Given a big set built once, then changed so that every document is rewritten
        using var temp = new TempFolder();
        LargeSet.Write(temp["set"], copiesPerTask: 30);
        Assert.Equal(0, Run(temp["set"], temp["out"]).ExitCode);
        ChangeEveryDocument(temp["set"]);

        // When the second build is killed (SIGKILL) as soon as it has replaced a first file
        using (var build = Build(temp["set"], temp["out"]))
            InterruptOnFirstReplacement(build, temp["out"], build.Kill);

        // Then the next build succeeds without refusing any file as foreign, and the ledger matches the folder
        var (exit, printed) = Run(temp["set"], temp["out"]);
        Assert.True(exit == 0, printed);
        Assert.DoesNotContain("DG5004", printed);
        AssertLedgerTrue(temp["out"]);
    }

    [Fact]
    public void After_SIGTERM_mid_build_the_next_build_leaves_no_temporary_files_and_refuses_nothing()
    {
        // Given a big set built once, then changed so that every document is rewritten
        using var temp = new TempFolder();
        LargeSet.Write(temp["set"], copiesPerTask: 30);
        Assert.Equal(0, Run(temp["set"], temp["out"]).ExitCode);
        ChangeEveryDocument(temp["set"]);

        // When the second build is sent SIGTERM as soon as it has replaced a first file
        using (var build = Build(temp["set"], temp["out"]))
            InterruptOnFirstReplacement(build, temp["out"], build.Terminate);

        // Then the next build succeeds, refuses nothing, and no temporary file is left in the folder
        var (exit, printed) = Run(temp["set"], temp["out"]);
        Assert.True(exit == 0, printed);
        Assert.DoesNotContain("DG5004", printed);
        Assert.Empty(Directory.GetFiles(temp["out"], "*.tmp"));
        AssertLedgerTrue(temp["out"]);
    }

    [Fact]
    public void Two_builds_of_different_data_into_one_folder_at_once_leave_a_true_ledger()
    {
        // Given two versions of a big set
        using var temp = new TempFolder();
        LargeSet.Write(temp["v1"], copiesPerTask: 20);
        LargeSet.Write(temp["v2"], copiesPerTask: 20);
        ChangeEveryDocument(temp["v2"]);

        // When both are built into one folder at the same time
        using var first = Build(temp["v1"], temp["out"]);
        using var second = Build(temp["v2"], temp["out"]);
        var results = new[] { first.Wait(Patience), second.Wait(Patience) };

        // Then both succeed (one waited for the other), every ledger entry matches its file, and a third build refuses nothing
        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.Printed));
        AssertLedgerTrue(temp["out"]);
        var (exit, printed) = Run(temp["v2"], temp["out"]);
        Assert.True(exit == 0, printed);
        Assert.DoesNotContain("DG5004", printed);
    }

    [Fact]
    public void A_build_waits_while_another_holds_the_output_folder()
    {
        // Given an output folder locked as a running build locks it
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["out"]);
        var held = new FileStream(Path.Combine(temp["out"], ".docgen-build.lock"), FileMode.OpenOrCreate, FileAccess.Read, FileShare.None);

        // When a build starts into it
        using var build = Build(Repository.SampleSet, temp["out"]);
        Thread.Sleep(TimeSpan.FromSeconds(6));

        // Then it writes nothing while the lock is held, and finishes once it is released
        Assert.False(build.HasExited, build.HasExited ? build.Wait(Patience).Printed : "");
        Assert.Empty(Directory.GetFiles(temp["out"], "*.docx"));
        held.Dispose();
        var (exit, printed) = build.Wait(Patience);
        Assert.True(exit == 0, printed);
        Assert.Equal(33, Directory.GetFiles(temp["out"], "*.docx").Length);
    }

    private static RunningProcess Build(string set, string output) => RunningProcess.Start("dotnet",
        [Path.Combine(AppContext.BaseDirectory, "docgen.dll"), "build", set, "--out", output, "--templates", Repository.Templates, "--quiet"],
        new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = "0x" + HeapLimitBytes.ToString("X", CultureInfo.InvariantCulture) });

    private static (int ExitCode, string Printed) Run(string set, string output)
    {
        using var build = Build(set, output);
        return build.Wait(Patience);
    }

    /// <summary>A new signing date: part of every document's input and bytes.</summary>
    private static void ChangeEveryDocument(string set)
    {
        var manifest = Path.Combine(set, "manifest.yaml");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("2023年1月19日", "2023年1月20日", StringComparison.Ordinal));
    }

    /// <summary>Watches the folder's documents and interrupts the build the moment one of them is replaced.</summary>
    private static void InterruptOnFirstReplacement(RunningProcess build, string folder, Action interrupt)
    {
        var documents = Directory.GetFiles(folder, "*.docx").ToDictionary(f => f, File.GetLastWriteTimeUtc);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!documents.Any(d => File.GetLastWriteTimeUtc(d.Key) != d.Value))
        {
            Assert.False(build.HasExited, "the build ended before it replaced any file: " + (build.HasExited ? build.Wait(Patience).Printed : ""));
            Assert.True(clock.Elapsed < Patience, "the build replaced no file in time");
            Thread.Sleep(1);
        }
        interrupt();
        build.Wait(Patience);
    }

    /// <summary>Every file the ledger lists is on disk with exactly the bytes it records.</summary>
    private static void AssertLedgerTrue(string folder)
    {
        var ledger = BuildLedger.Load(folder, "out", new DocGen.Diagnostics.DiagnosticBag());
        Assert.Equal(33, ledger.Entries.Count);
        Assert.All(ledger.Entries, e => Assert.True(ledger.WroteUnchanged(folder, e.Key), $"{e.Key} does not match the ledger"));
    }
}
