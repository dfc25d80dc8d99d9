using DocGen.Diagnostics;

namespace DocGen.Import;

/// <summary>
/// Flags unit names a person should look at, kept as written: two names typed together (<c>发改教育局</c> is
/// 发改 and 教育局, both named elsewhere in the plan) and a name cut off at the front (<c>委组织部</c>, whose 县 was lost).
/// </summary>
internal sealed class UnitNameChecker(DiagnosticBag diagnostics)
{
    public void Check(ImportedSet set)
    {
        var names = set.Units;
        var known = names.ToHashSet(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var at = set.Tasks.First(t => t.Leads.Contains(name) || t.Partners.Contains(name)).Location;
            if (Split(name, known, top: true) is { } parts)
                diagnostics.Warning(DiagnosticIds.ImportUnitsConcatenated, at,
                    $"单位“{name}”看起来是“{string.Join("”“", parts)}”连写在一起，已按原样登记；请在 tasks.csv 中用“、”分开。");
            else if (name.Length >= 3 && name[0] == '委')
                diagnostics.Warning(DiagnosticIds.ImportUnitCutOff, at,
                    $"单位“{name}”看起来缺了开头的字（如“县{name}”），已按原样登记；请核对。");
        }
    }

    /// <summary>The names <paramref name="name"/> is made of, each named elsewhere (up to a 县 prefix); null when it is not.</summary>
    private static List<string>? Split(string name, HashSet<string> known, bool top)
    {
        if (!top && IsKnown(name, known))
            return [name];
        for (var i = 2; i <= name.Length - 2; i++)
        {
            var head = name[..i];
            if (IsKnown(head, known) && Split(name[i..], known, top: false) is { } rest)
                return [head, .. rest];
        }
        return null;
    }

    private static bool IsKnown(string part, HashSet<string> known) =>
        known.Contains(part) || (part.StartsWith('县') && known.Contains(part[1..])) || known.Contains("县" + part);
}
