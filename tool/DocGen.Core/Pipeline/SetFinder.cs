using DocGen.Binding;

namespace DocGen.Pipeline;

/// <summary>A folder is a document set when it holds a manifest; otherwise its sub-folders that do are (a county's townships).</summary>
public static class SetFinder
{
    public static IReadOnlyList<string> Expand(string folder)
    {
        if (File.Exists(Path.Combine(folder, DocumentSetBinder.ManifestFile)) || !Directory.Exists(folder))
            return [folder];
        var sets = Directory.GetDirectories(folder)
            .Where(d => File.Exists(Path.Combine(d, DocumentSetBinder.ManifestFile)))
            .Order(StringComparer.Ordinal)
            .ToList();
        return sets.Count > 0 ? sets : [folder];
    }
}
