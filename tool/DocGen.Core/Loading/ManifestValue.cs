using DocGen.Diagnostics;

namespace DocGen.Loading;

/// <summary>A manifest value; a YAML list arrives as its items.</summary>
public sealed record ManifestValue(IReadOnlyList<string> Items, SourceLocation Location)
{
    public string Text => string.Join("，", Items);
}
