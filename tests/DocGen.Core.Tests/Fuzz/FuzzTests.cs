using System.Collections.Concurrent;
using System.Globalization;
using DocGen.Diagnostics;
using DocGen.Pipeline;
using DocGen.Tests.Support;
using Xunit.Abstractions;

namespace DocGen.Tests.Fuzz;

/// <summary>
/// Thousands of damaged inputs derived from a small copy of the sample: the only allowed outcomes are documents or
/// diagnostics (located, in one Chinese sentence, never DG9001), never an exception or a file outside the output folder. DOCGEN_FUZZ_CASES sets the count (default 600); DOCGEN_FUZZ_SEED the first
/// seed. A failure names the seed that reproduces it.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private static readonly string Base = Path.Combine(Repository.Root, "tests", "cases", "small");
    private static readonly string[] Targets =
    [
        "tasks.csv", "units.csv", "phases.csv", "progress.csv", "manifest.yaml",
        "templates/notice.md.hbs", "templates/unit-report.md.hbs", "templates/partials/task-table.hbs",
    ];

    [Fact]
    public void Damaged_inputs_give_documents_or_diagnostics_never_an_exception()
    {
        var cases = Setting("DOCGEN_FUZZ_CASES", 600);
        var first = Setting("DOCGEN_FUZZ_SEED", 1);
        var failures = new ConcurrentBag<string>();
        var outcomes = new ConcurrentDictionary<string, int>();

        Parallel.For(first, first + cases, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, seed =>
        {
            var (description, outcome) = Run(seed);
            outcomes.AddOrUpdate(outcome.Split(':')[0], 1, (_, n) => n + 1);
            if (outcome.StartsWith("exception", StringComparison.Ordinal) || outcome.StartsWith("error without location", StringComparison.Ordinal))
                failures.Add($"seed {seed} ({description}): {outcome}");
        });

        output.WriteLine($"{cases} cases from seed {first}: {string.Join(", ", outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key} {o.Value}"))}");
        Assert.True(failures.IsEmpty, string.Join("\n", failures.Take(20)) + "\nReproduce with DOCGEN_FUZZ_SEED=<seed> DOCGEN_FUZZ_CASES=1.");
    }

    private static (string Description, string Outcome) Run(int seed)
    {
        var random = new Random(seed);
        using var temp = new TempFolder();
        var set = temp["set"];
        Repository.CopyFolder(Base, set);
        Repository.CopyFolder(Repository.Templates, Path.Combine(set, "templates"));
        var (description, write) = Damage(set, random);
        try
        {
            var options = new BuildOptions(set, "set", Path.Combine(set, "templates"), "set/templates", temp["out"], "out");
            var result = write ? new BuildPipeline(options).Build() : new BuildPipeline(options).Render();
            if (Directory.GetFileSystemEntries(temp.Path).Order(StringComparer.Ordinal).Select(Path.GetFileName).Except(["out", "set"]).FirstOrDefault() is { } stray)
                return (description, $"exception: wrote “{stray}” outside the output folder");
            if (result.Diagnostics.FirstOrDefault(d => d.Id == DiagnosticIds.Internal) is { } internalError)
                return (description, $"exception reported as {internalError}");
            if (result.Diagnostics.FirstOrDefault(d => d.Message.EndsWith(".。", StringComparison.Ordinal) || !d.Message.EndsWith('。') && !d.Message.EndsWith('？')) is { } unpunctuated)
                return (description, $"error without location: message does not end in one 。: {unpunctuated}");
            if (result.Succeeded)
                return (description, "documents");
            var unplaced = result.Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error && d.Location is null);
            return (description, unplaced is null ? "diagnostics" : $"error without location: {unplaced}");
        }
        catch (Exception e)
        {
            return (description, $"exception {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
        }
    }

    /// <summary>
    /// Damages the set one way: text damage to a file (half the cases), or structural damage to the tasks moved into
    /// a workbook, to the manifest's YAML, to a unit's name (then the build writes, so file names are tried), or to a
    /// template's loops.
    /// </summary>
    private static (string Description, bool Write) Damage(string set, Random random)
    {
        var family = random.Next(10);
        if (family < 5)
        {
            var target = Targets[random.Next(Targets.Length)];
            var (bytes, mutation) = Mutator.Mutate(File.ReadAllText(Path.Combine(set, target)), random);
            File.WriteAllBytes(Path.Combine(set, target), bytes);
            return ($"{target}: {mutation}", false);
        }
        if (family < 7)
        {
            var parts = FuzzWorkbook.FromCsv(File.ReadAllText(Path.Combine(set, "tasks.csv")), "任务分工");
            File.Delete(Path.Combine(set, "tasks.csv"));
            var (bytes, mutation) = StructureMutator.Workbook(parts, random);
            File.WriteAllBytes(Path.Combine(set, "文件集.xlsx"), bytes);
            return ($"文件集.xlsx: {mutation}", false);
        }
        if (family == 7)
        {
            var manifest = Path.Combine(set, "manifest.yaml");
            var (text, mutation) = StructureMutator.Yaml(File.ReadAllText(manifest), random);
            File.WriteAllText(manifest, text);
            return ($"manifest.yaml: {mutation}", false);
        }
        if (family == 8)
            return (StructureMutator.Names(set, random), true);
        var template = Path.Combine(set, "templates", random.Next(2) == 0 ? "notice.md.hbs" : "jurisdiction-report.md.hbs");
        var (loops, description) = StructureMutator.TemplateLoops(File.ReadAllText(template), random);
        File.WriteAllText(template, loops);
        return ($"{Path.GetFileName(template)}: {description}", false);
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
