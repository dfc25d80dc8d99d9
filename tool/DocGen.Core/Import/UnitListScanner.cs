namespace DocGen.Import;

/// <summary>
/// Finds where a list of units ends in running text. Real plans often run the next task straight on after the list
/// (<c>责任单位：县督查中心，各乡镇政府建立健全……</c>): names are read one at a time, and the first piece that is not a
/// unit name is cut after the shortest prefix that ends like one (<c>各乡镇政府</c>); the rest is the next task.
/// </summary>
internal static class UnitListScanner
{
    /// <summary>How unit names end: 局, 办, 委, 部, 院, 政府, 社, 中心, 单位, 委员会, 小组, 所, 站 ….</summary>
    private static readonly string[] Endings =
        ["局", "办", "委", "部", "院", "府", "社", "中心", "单位", "会", "室", "组", "队", "所", "站", "厅", "处", "署", "馆", "台", "公司", "团", "庭", "联"];

    /// <summary>Prefixes that end like a unit but begin one (县委宣传部): never a cut.</summary>
    private static readonly string[] NotAlone = ["县委", "市委", "省委", "区委", "党委", "镇委", "乡委"];

    private const string Separators = "、，,";
    private const string Stops = ";；。）)\n";

    public static readonly string[] Markers = ["牵头单位", "责任单位"];

    /// <returns>The index just past the list (into <paramref name="text"/>).</returns>
    public static int End(string text, int start)
    {
        var i = start;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
                i++;
            if (i >= text.Length || StartsWithMarker(text, i))
                return i;
            var tokenEnd = TokenEnd(text, i);
            var token = text[i..tokenEnd].Trim();
            var followedBySeparator = tokenEnd < text.Length && Separators.Contains(text[tokenEnd], StringComparison.Ordinal);
            if (token.Length == 0)
                return followedBySeparator ? i : tokenEnd;
            if (!IsName(token, followedBySeparator))
            {
                var cut = ShortestName(token);
                return cut > 0 ? i + cut : i;
            }
            if (!followedBySeparator)
                return tokenEnd;
            i = tokenEnd + 1;
        }
        return i;
    }

    public static bool StartsWithMarker(string text, int at) =>
        Markers.Any(m => string.CompareOrdinal(text, at, m, 0, m.Length) == 0);

    /// <summary>Where a name ends: at a separator, a stop, a marker, or the end; brackets inside a name (各乡（镇）政府) are skipped.</summary>
    private static int TokenEnd(string text, int start)
    {
        var depth = 0;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '（' or '(')
                depth++;
            else if (c is '）' or ')' && depth > 0)
                depth--;
            else if (depth == 0 && (Separators.Contains(c, StringComparison.Ordinal) || Stops.Contains(c, StringComparison.Ordinal) || StartsWithMarker(text, i)))
                return i;
        }
        return text.Length;
    }

    /// <summary>
    /// A name ends like a unit and is not a sentence; short forms offices use (发改, 卫健) have no such ending, and
    /// two names typed together (教育局卫健) are kept whole for a person to split.
    /// </summary>
    private static bool IsName(string token, bool followedBySeparator) =>
        (token.Length <= 30 && Endings.Any(token.EndsWith))
        || token.Length <= 4
        || (token.Length <= 6 && followedBySeparator);

    private static int ShortestName(string token)
    {
        for (var length = 2; length < token.Length; length++)
        {
            var prefix = token[..length];
            if (Endings.Any(prefix.EndsWith) && !NotAlone.Contains(prefix))
                return length;
        }
        return 0;
    }
}
