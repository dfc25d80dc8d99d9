namespace DocGen.Templates;

/// <summary>
/// How long one document's template may render and how much Markdown (UTF-8 bytes) it may write. A real 公文 takes
/// milliseconds and well under a megabyte; five nested <c>{{#each}}</c> over the tasks ran for minutes into gigabytes.
/// The budget only stops a render, it never changes what a render that fits writes.
/// </summary>
public sealed record TemplateBudget(TimeSpan Time, long Bytes)
{
    public static TemplateBudget Default { get; } = new(TimeSpan.FromSeconds(10), 50_000_000);
}
