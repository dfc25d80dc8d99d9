using DocGen.Diagnostics;

namespace DocGen.Loading;

/// <summary>A manifest value: a text, a YAML list (its items) or a YAML mapping (its entries, each with its place).</summary>
internal sealed record ManifestValue(IReadOnlyList<string> Items, SourceLocation Location)
{
    public IReadOnlyList<ManifestEntry> Entries { get; init; } = [];

    public string Text => string.Join("，", Items);
}
