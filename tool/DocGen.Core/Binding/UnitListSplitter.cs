namespace DocGen.Binding;

/// <summary>
/// Splits a cell naming several units; offices separate them with 、 and sometimes ，,;；. A separator inside brackets
/// of either width belongs to one name: <c>各乡镇（街道、管委会）</c>, <c>县(市、区)市场监管局</c>.
/// </summary>
internal static class UnitListSplitter
{
    private const string Separators = "、，,;；\n";

    public static IReadOnlyList<string> Split(string cell)
    {
        var names = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= cell.Length; i++)
        {
            var c = i < cell.Length ? cell[i] : '\n';
            if (c is '(' or '（')
                depth++;
            else if (c is ')' or '）' && depth > 0)
                depth--;
            // An unclosed bracket runs to the end of the cell, which is then one name, reported as written if unknown.
            else if ((depth == 0 || i == cell.Length) && Separators.Contains(c, StringComparison.Ordinal))
            {
                var name = cell[start..i].Trim();
                if (name.Length > 0)
                    names.Add(name);
                start = i + 1;
            }
        }
        return names;
    }
}
