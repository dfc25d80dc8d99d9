using DocGen.Pipeline;

namespace DocGen.Cli;

/// <summary>
/// Runs one pipeline per set, in parallel across cores, with templates compiled once and shared; results come back
/// in the order the sets were given so the output reads the same every time.
/// </summary>
internal static class SetRunner
{
    public static IReadOnlyList<(BuildOptions Options, BuildResult Result)> Run(
        IReadOnlyList<BuildOptions> sets, Func<BuildPipeline, BuildResult> step, Progress progress)
    {
        var templates = new TemplateCache(TemplateBudgetVariable.Read());
        var results = new BuildResult[sets.Count];
        // The bar's total before the first document: each set's documents counted from its data and templates.
        if (progress.Enabled)
            Parallel.For(0, sets.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
                progress.Expect(i, new BuildPipeline(sets[i], templates).CountDocuments()));
        Parallel.For(0, sets.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            results[i] = step(new BuildPipeline(sets[i] with { Progress = progress.ForSet(i) }, templates)));
        progress.Finish();
        return sets.Zip(results).ToList();
    }
}
