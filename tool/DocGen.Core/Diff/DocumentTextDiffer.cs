using DiffPlex;
using DiffPlex.Renderer;

namespace DocGen.Diff;

/// <summary>
/// Compares the documents two versions of a set render, by file name, as unified diffs of their Markdown: what a
/// reviewer of a data or template change sees it do to each document. The line diff is DiffPlex's (Myers).
/// </summary>
internal static class DocumentTextDiffer
{
    private const int ContextLines = 3;

    /// <returns>The documents whose text changed: the newer version's in its order, then those it no longer makes.</returns>
    public static IReadOnlyList<DocumentTextChange> Compare(
        IReadOnlyList<(string FileName, string Markdown)> before, IReadOnlyList<(string FileName, string Markdown)> after)
    {
        var old = before.ToDictionary(d => d.FileName, d => d.Markdown, StringComparer.Ordinal);
        var now = after.ToDictionary(d => d.FileName, d => d.Markdown, StringComparer.Ordinal);
        var changes = new List<DocumentTextChange>();
        foreach (var (file, markdown) in after.Concat(before.Where(d => !now.ContainsKey(d.FileName)).Select(d => (d.FileName, Markdown: ""))))
        {
            var previous = old.GetValueOrDefault(file, "");
            if (previous != markdown)
                changes.Add(new DocumentTextChange(file, Unified(file, previous, markdown)));
        }
        return changes;
    }

    private static string Unified(string file, string before, string after)
    {
        var markdown = Path.ChangeExtension(file, ".md");
        var renderer = new UnidiffRenderer(Differ.Instance, ContextLines);
        return renderer.Generate(before, after, "旧/" + markdown, "新/" + markdown, ignoreWhitespace: false, ignoreCase: false).Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
