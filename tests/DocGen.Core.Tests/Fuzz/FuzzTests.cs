using System.Collections.Concurrent;
using System.Globalization;
using DocGen.Diagnostics;
using DocGen.Pipeline;
using DocGen.Tests.Support;
using Xunit.Abstractions;

namespace DocGen.Tests.Fuzz;

/// <summary>
/// Thousands of damaged inputs derived from a small copy of the sample: the only allowed outcomes are documents or
/// diagnostics, never an exception. DOCGEN_FUZZ_CASES sets the count (default 600); DOCGEN_FUZZ_SEED the first
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
        var target = Targets[random.Next(Targets.Length)];
        var path = Path.Combine(set, target);
        var (bytes, mutation) = Mutator.Mutate(File.ReadAllText(path), random);
        File.WriteAllBytes(path, bytes);
        var description = $"{target}: {mutation}";
        try
        {
            var options = new BuildOptions(set, "set", Path.Combine(set, "templates"), "set/templates", temp["out"], "out");
            var result = new BuildPipeline(options).Render();
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

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
