namespace DocGen.Binding;

/// <summary>Finds the known name a misspelt one most likely meant (“市场监管局” → “县市场监管局”).</summary>
internal static class NameSuggester
{
    public static string? Suggest(string wrong, IEnumerable<string> known)
    {
        var best = known
            .Select(k => (Name: k, Score: Score(wrong, k)))
            .Where(c => c.Score <= Math.Max(2, wrong.Length / 2))
            .OrderBy(c => c.Score)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Name;
    }

    /// <summary>
    /// Edit distance; a swapped 县/区/市 prefix (区市场监管局 → 县市场监管局) costs nothing, and one name containing
    /// the other (a dropped prefix or suffix) costs half.
    /// </summary>
    private static double Score(string a, string b)
    {
        if (a.Length == b.Length && a.Length > 1 && IsLevelPrefix(a[0]) && IsLevelPrefix(b[0]) && a[1..] == b[1..])
            return 0;
        var distance = Levenshtein(a, b);
        return a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal) ? distance / 2.0 + 0.25 : distance;
    }

    private static bool IsLevelPrefix(char c) => c is '县' or '区' or '市' or '镇' or '乡';

    private static int Levenshtein(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
