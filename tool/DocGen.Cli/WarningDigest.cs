using DocGen.Diagnostics;

namespace DocGen.Cli;

/// <summary>
/// The lines the text output shows for one set: every error, and of each warning id the first
/// <see cref="Shown"/>, then one line saying how many more there are. JSON output lists them all.
/// </summary>
internal static class WarningDigest
{
    public const int Shown = 5;

    public static IEnumerable<string> Lines(IReadOnlyList<Diagnostic> diagnostics)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Severity == Severity.Error)
            {
                yield return diagnostic.ToString();
                continue;
            }
            var seen = counts[diagnostic.Id] = counts.GetValueOrDefault(diagnostic.Id) + 1;
            if (seen <= Shown)
                yield return diagnostic.ToString();
        }
        // In id order, so the output does not depend on which rule ran first.
        foreach (var (id, count) in counts.Where(c => c.Value > Shown).OrderBy(c => c.Key, StringComparer.Ordinal))
            yield return $"……另有 {count - Shown} 条 {id}（--format json 列出全部）。";
    }
}
