using System.Diagnostics;
using System.Globalization;
using DocGen.Benchmarks;
using DocGen.Diagnostics;
using DocGen.Docx;
using DocGen.Domain;
using DocGen.Markdown;
using DocGen.Pipeline;

// A plain timed runner (not a test): workloads (a) the sample, (b) a generated county, (c) a city of 20 counties,
// (d) the sample grown to 10,017 tasks.
// Run: dotnet run -c Release --project tests/DocGen.Benchmarks
// With "--write-county DIR" it only writes the county set (b), to time docgen on it by hand; with "--import" it
// only times importing the Wei County plan.
var root = FindRoot();
if (args is ["--write-county", var target])
{
    CountyGenerator.Write(target, Path.Combine(root, "data"), 0);
    return;
}
if (args is ["--import"])
{
    ImportBenchmark.Run(root);
    return;
}
var work = Path.Combine(Path.GetTempPath(), "docgen-bench-" + Environment.ProcessId);
var sample = Path.Combine(root, "data");
var templates = Path.Combine(root, "templates");
var county = Path.Combine(work, "county");
CountyGenerator.Write(county, sample, 0);
var city = Path.Combine(work, "city");
for (var i = 0; i < 20; i++)
    CountyGenerator.Write(Path.Combine(city, $"县{i + 1:00}"), sample, i);

Console.WriteLine($"DocGen benchmark — {Environment.ProcessorCount} cores, .NET {Environment.Version}");
Console.WriteLine();
Warm("(a) sample set", sample);
Warm("(b) county set", county);
DocxStage(county);
City(city);
Cold("(a) sample set", sample);
Cold("(b) county set", county);
Cold("(c) city of 20 county sets", city);
var large = Path.Combine(work, "large");
CopyFolder(sample, large);
var largeTasks = DocGen.Tests.Support.LargeSet.Grow(large, copiesPerTask: 159);
Cold($"(d) {largeTasks:N0}-task set", large, runs: 3, budgetMiB: 150);
Console.WriteLine($"peak memory of this process: {PeakMiB():0} MiB");
Directory.Delete(work, recursive: true);

void Warm(string name, string set)
{
    var options = new BuildOptions(set, "set", templates, "templates", Path.Combine(work, "out"), "out");
    var cache = new TemplateCache();
    var documents = new BuildPipeline(options, cache).Render().Documents.Count;
    WarmUp(() => new BuildPipeline(options, cache).Render());
    var times = Enumerable.Range(0, 11).Select(_ => Time(() => new BuildPipeline(options, cache).Render())).Order().ToList();
    Console.WriteLine($"{name}: {documents} documents, warm in process: median {times[5]:0.0} ms per set = {times[5] / documents:0.00} ms per document");
}

void DocxStage(string set)
{
    // The DOCX stage alone, per kind of document, from the Markdown the templates produce.
    var kept = Path.Combine(work, "kept");
    new BuildPipeline(new BuildOptions(set, "set", templates, "templates", kept, "kept", KeepMarkdown: true)).Build(force: true);
    var parser = new MarkdownParser();
    foreach (var (label, file) in new[] { ("plan (110 items)", "实施方案.md"), ("task table (110 rows)", "任务分工表.md"), ("unit report", Directory.GetFiles(kept, "自查报告-*.md")[0]) })
    {
        var markdown = File.ReadAllText(Path.Combine(kept, file));
        var writer = new DocxDocumentWriter(FontMap.Standard);
        WarmUp(() => writer.Write(parser.Parse(markdown), "x", new DiagnosticBag()));
        GC.Collect(); // what the earlier workloads left behind should not be collected on this one's time
        var times = Enumerable.Range(0, 21).Select(_ => Time(() => writer.Write(parser.Parse(markdown), "x", new DiagnosticBag()))).Order().ToList();
        Console.WriteLine($"    Markdown → DOCX, {label}: median {times[10]:0.00} ms");
    }
}

void City(string folder)
{
    var sets = SetFinder.Expand(folder);
    var cache = new TemplateCache();
    int Build() => sets.AsParallel().WithDegreeOfParallelism(Environment.ProcessorCount)
        .Sum(set => new BuildPipeline(new BuildOptions(set, "set", templates, "templates", "", ""), cache).Render().Documents.Count);
    WarmUp(() => Build());
    var documents = 0;
    var ms = Time(() => documents = Build());
    Console.WriteLine($"(c) city of {sets.Count} county sets: {documents} documents in {ms:0} ms on {Environment.ProcessorCount} cores = {documents / (ms / 1000):0} documents/s");
}

void Cold(string name, string set, int runs = 5, int? budgetMiB = null)
{
    // DOCGEN_BENCH_EXE times a published docgen (ReadyToRun or NativeAOT, README “性能”) instead of the JIT build.
    var exe = Environment.GetEnvironmentVariable("DOCGEN_BENCH_EXE");
    var (program, prefix, label) = string.IsNullOrEmpty(exe)
        ? ("dotnet", new[] { Path.Combine(AppContext.BaseDirectory, "docgen.dll") }, "dotnet docgen.dll")
        : (Path.GetFullPath(exe), Array.Empty<string>(), Path.GetFullPath(exe));
    var times = new List<double>();
    long peak = 0;
    for (var i = 0; i < runs; i++)
    {
        // A fresh folder for every run: an earlier build's ledger would make this one incremental.
        var output = Path.Combine(work, "cold", Guid.NewGuid().ToString("N"));
        var start = Stopwatch.StartNew();
        var kib = PeakRssKiB(program, [.. prefix, "build", set, "--out", output, "--templates", templates, "--quiet"]);
        times.Add(start.Elapsed.TotalMilliseconds);
        peak = Math.Max(peak, kib);
    }
    times.Sort();
    var budget = budgetMiB is { } b ? $" (budget {b} MiB: {(peak / 1024 <= b ? "met" : "EXCEEDED")})" : "";
    Console.WriteLine($"{name}: cold whole process ({label} build): median {times[runs / 2]:0} ms (range {times[0]:0}–{times[^1]:0}), peak RSS {peak / 1024} MiB{budget}");
}

// The peak resident set of the whole process, as GNU time -v reports it (“Maximum resident set size (kbytes)”).
static long PeakRssKiB(string program, IEnumerable<string> arguments)
{
    var start = new ProcessStartInfo("/usr/bin/time") { RedirectStandardOutput = true, RedirectStandardError = true };
    start.ArgumentList.Add("-v");
    start.ArgumentList.Add(program);
    foreach (var argument in arguments)
        start.ArgumentList.Add(argument);
    using var process = Process.Start(start)!;
    var output = process.StandardOutput.ReadToEndAsync();
    var report = process.StandardError.ReadToEnd();
    process.WaitForExit();
    if (process.ExitCode != 0)
        throw new InvalidOperationException($"{program} exited with {process.ExitCode}: {report}{output.Result}");
    const string Label = "Maximum resident set size (kbytes):";
    var line = report.Split('\n').Select(l => l.Trim()).First(l => l.StartsWith(Label, StringComparison.Ordinal));
    return long.Parse(line[Label.Length..].Trim(), CultureInfo.InvariantCulture);
}

static void CopyFolder(string from, string to)
{
    Directory.CreateDirectory(to);
    foreach (var file in Directory.GetFiles(from))
        File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
}

// Until the runtime's tiered compiler has optimised the hot code: warm means tier-1 code, not the first calls' quick JIT.
static void WarmUp(Action action)
{
    var clock = Stopwatch.StartNew();
    for (var runs = 0; runs < 3 || (runs < 50 && clock.Elapsed < TimeSpan.FromSeconds(3)); runs++)
        action();
}

static double Time(Action action)
{
    var clock = Stopwatch.StartNew();
    action();
    return clock.Elapsed.TotalMilliseconds;
}

static double PeakMiB()
{
    var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
    return line is null ? 0 : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "DocGen.sln")))
            return dir.FullName;
    throw new InvalidOperationException("DocGen.sln not found");
}
