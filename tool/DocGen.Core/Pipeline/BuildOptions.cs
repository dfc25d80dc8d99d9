using DocGen.Rules;

namespace DocGen.Pipeline;

/// <summary>Where a build reads and writes; each folder also as the user named it, for messages.</summary>
public sealed record BuildOptions(
    string SetFolder,
    string SetDisplay,
    string TemplatesFolder,
    string TemplatesDisplay,
    string OutFolder,
    string OutDisplay,
    bool KeepMarkdown = false)
{
    public RuleOptions Rules { get; init; } = new();

    /// <summary>Forces the encoding of the set's files; null detects it (BOM, UTF-8, else GB18030).</summary>
    public System.Text.Encoding? Encoding { get; init; }

    /// <summary>How long a build waits for another build to release the output folder before it reports DG5010.</summary>
    public TimeSpan LockWait { get; init; } = Output.OutputFolder.DefaultLockWait;

    /// <summary>Told (documents done, documents to make) as each DOCX is made, for a progress bar.</summary>
    public IProgress<(int Done, int Total)>? Progress { get; init; }
}
