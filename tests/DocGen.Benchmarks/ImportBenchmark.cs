using System.Diagnostics;
using DocGen.Diagnostics;
using DocGen.Import;

namespace DocGen.Benchmarks;

/// <summary>
/// Importing the Wei County plan (README “从已有方案开始”): in process after warm-up, reading and recognising only,
/// and as a cold <c>docgen import</c> process that also writes the set. Run with <c>-- --import</c>.
/// </summary>
internal static class ImportBenchmark
{
    public static void Run(string root)
    {
        var samples = Path.Combine(root, "tests", "DocGen.Core.Tests", "Import", "Samples");
        var work = Path.Combine(Path.GetTempPath(), "docgen-bench-import-" + Environment.ProcessId);
        foreach (var name in new[] { "wei-county-plan.txt", "wei-county-plan.docx" })
        {
            var source = Path.Combine(samples, name);
            void Import() => new SetImporter(new DiagnosticBag()).Import([(source, name)]);
            var clock = Stopwatch.StartNew();
            for (var runs = 0; runs < 20 || (runs < 500 && clock.Elapsed < TimeSpan.FromSeconds(3)); runs++)
                Import();
            var warm = Enumerable.Range(0, 21).Select(_ => Time(Import)).Order().ToList();
            var cold = Enumerable.Range(0, 5).Select(i => Time(() => Process(source, Path.Combine(work, $"{name}-{i}")))).Order().ToList();
            var label = Environment.GetEnvironmentVariable("DOCGEN_BENCH_EXE") is { Length: > 0 } exe ? Path.GetFullPath(exe) : "dotnet docgen.dll";
            Console.WriteLine($"import {name}: warm in process median {warm[10]:0.0} ms; cold whole process ({label}) median {cold[2]:0} ms (range {cold[0]:0}–{cold[^1]:0})");
        }
        Directory.Delete(work, recursive: true);
    }

    private static void Process(string source, string output)
    {
        var exe = Environment.GetEnvironmentVariable("DOCGEN_BENCH_EXE");
        var start = string.IsNullOrEmpty(exe) ? new ProcessStartInfo("dotnet") : new ProcessStartInfo(Path.GetFullPath(exe));
        if (string.IsNullOrEmpty(exe))
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "docgen.dll"));
        foreach (var argument in new[] { "import", source, "--out", output })
            start.ArgumentList.Add(argument);
        start.RedirectStandardError = true;
        start.RedirectStandardOutput = true;
        using var process = System.Diagnostics.Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"docgen import exited with {process.ExitCode}");
    }

    private static double Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalMilliseconds;
    }
}
