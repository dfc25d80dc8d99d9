using DocGen.Diagnostics;

namespace DocGen.Loading;

/// <summary>One <c>key: value</c> of a mapping-valued manifest key, such as a 类别 and its total score.</summary>
internal sealed record ManifestEntry(string Key, string Value, SourceLocation Location);
