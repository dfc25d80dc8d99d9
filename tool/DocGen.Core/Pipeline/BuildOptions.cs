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
}
