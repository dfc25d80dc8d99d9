namespace DocGen.Loading;

/// <summary>A manifest key: its English id, the Chinese key offices write, and whether a set must give it.</summary>
internal sealed record ManifestField(string Id, string ChineseKey, bool Required, string Meaning, bool IsMapping = false);
