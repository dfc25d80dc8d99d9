namespace DocGen.Import;

/// <summary>
/// Groups the spellings a plan evidently uses for one unit: one is another with a jurisdiction prefix
/// (<c>县市场监管局</c>/<c>市场监管局</c>, <c>各乡镇政府</c>/<c>乡镇政府</c>) or with 局 added (<c>发改</c>/<c>发改局</c>/<c>县发改局</c>).
/// The longest spelling is the full name, the others its 简称. Nothing else is guessed: names are matched exactly.
/// </summary>
internal static class UnitCatalog
{
    private static readonly string[] Prefixes = ["县", "市", "区", "镇", "乡", "各"];

    public static IReadOnlyList<UnitGroup> Group(IReadOnlyList<string> names)
    {
        var known = names.ToHashSet(StringComparer.Ordinal);
        var root = names.ToDictionary(n => n, n => n, StringComparer.Ordinal);
        string Find(string n) => root[n] == n ? n : root[n] = Find(root[n]);
        foreach (var name in names)
            foreach (var shorter in Shorter(name).Where(known.Contains))
                root[Find(shorter)] = Find(name);
        // First seen order, the longest spelling (then the first seen) as the name.
        return names.GroupBy(Find, StringComparer.Ordinal)
            .Select(g =>
            {
                var full = g.OrderByDescending(n => n.Length).First();
                return new UnitGroup(full, g.Where(n => n != full).ToList());
            })
            .ToList();
    }

    /// <summary>The spellings a name would have without a prefix or without a final 局: 县发改局 → 发改局, 县发改.</summary>
    private static IEnumerable<string> Shorter(string name)
    {
        foreach (var prefix in Prefixes)
            if (name.Length > prefix.Length + 1 && name.StartsWith(prefix, StringComparison.Ordinal))
                yield return name[prefix.Length..];
        if (name.Length > 2 && name.EndsWith('局'))
            yield return name[..^1];
    }
}
