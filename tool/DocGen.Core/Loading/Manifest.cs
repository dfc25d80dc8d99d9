namespace DocGen.Loading;

/// <summary>The manifest's values by field id, each with the place it was written.</summary>
internal sealed record Manifest(string Path, IReadOnlyDictionary<string, ManifestValue> Values)
{
    public ManifestValue? this[ManifestField field] => Values.GetValueOrDefault(field.Id);
}
