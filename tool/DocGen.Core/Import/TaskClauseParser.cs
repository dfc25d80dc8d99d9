using System.Text.RegularExpressions;
using DocGen.Binding;

namespace DocGen.Import;

/// <summary>
/// Splits a paragraph into tasks, each closed by its clause <c>（牵头单位：X；责任单位：Y）</c>, bracketed or not, with
/// either colon and any of ；;，, between the parts, and optionally its deadline (<c>；完成时限：2023年6月底前</c>). One
/// paragraph may hold several tasks. The same is said in words too, in brackets: <c>（X牵头，Y配合）</c>,
/// <c>（X牵头，Y按职责分工负责）</c>, <c>（X牵头）</c> and <c>（A会同B负责）</c>. Text after the last clause is returned as the
/// remainder: it names no units and is no task.
/// </summary>
internal static partial class TaskClauseParser
{
    private const string Trim = " \t;；，,。、";

    public static (IReadOnlyList<TaskClause> Tasks, string Remainder, int RemainderOffset) Parse(string text)
    {
        var tasks = new List<TaskClause>();
        var position = 0;
        while (true)
        {
            var (clauseStart, markerStart) = NextMarker(text, position);
            // A clause in words that comes first closes its task as a marked clause would.
            if (WordedClause(text, position) is { } verbs && (clauseStart < 0 || verbs.Index < clauseStart))
            {
                var lead = UnitListSplitter.Split(verbs.Groups["lead"].Value).ToList();
                var others = UnitListSplitter.Split(verbs.Groups["with"].Success ? verbs.Groups["with"].Value : verbs.Groups["partners"].Value).ToList();
                tasks.Add(new TaskClause(Words(text[position..verbs.Index]), lead, others, position));
                position = Skip(text, verbs.Index + verbs.Length, Trim);
                continue;
            }
            if (clauseStart < 0)
                break;
            var words = Words(text[position..clauseStart]);
            var bracketed = clauseStart < markerStart;
            var (leads, partners, end) = ReadClause(text, markerStart);
            var (deadline, afterDeadline) = ReadDeadline(text, end);
            end = afterDeadline;
            var unbalanced = false;
            if (bracketed)
            {
                var close = Skip(text, end, " \t;；。");
                if (close < text.Length && text[close] is '）' or ')')
                    end = close + 1;
                else
                    unbalanced = true;
            }
            var fromPartners = leads.Count == 0 && partners.Count > 0;
            if (fromPartners)
                (leads, partners) = ([partners[0]], partners.Skip(1).ToList());
            tasks.Add(new TaskClause(words, leads, partners, position) { LeadFromPartners = fromPartners, Unbalanced = unbalanced, Deadline = deadline });
            position = Skip(text, end, Trim);
        }
        return (tasks, text[position..].Trim(), position);
    }

    /// <summary>
    /// The first clause in words after <paramref name="from"/>: in brackets anywhere, or as a sentence (or the last
    /// part of one) of its own: <c>……检查。县市场监管局牵头，县公安局配合。</c>. An unbracketed lead that reads as a
    /// sentence's subject doing something (<c>各部门要牵头</c>) is no unit.
    /// </summary>
    private static Match? WordedClause(string text, int from)
    {
        var bracketed = VerbClause().Match(text, from);
        var sentence = SentenceVerbClause().Match(text, from);
        while (sentence.Success && NotAUnit().IsMatch(sentence.Groups["lead"].Value))
            sentence = sentence.NextMatch();
        if (!sentence.Success)
            return bracketed.Success ? bracketed : null;
        return !bracketed.Success || sentence.Index < bracketed.Index ? sentence : bracketed;
    }

    /// <summary>The task's words, without the separator before its clause, ending as a sentence does.</summary>
    private static string Words(string text)
    {
        var words = text.Trim().TrimEnd(Trim.ToCharArray()).TrimStart(Trim.ToCharArray());
        return words.Length == 0 ? "" : words + "。";
    }

    /// <summary>The next clause: where it starts (its bracket, if any) and where its first marker starts.</summary>
    private static (int Clause, int Marker) NextMarker(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (!UnitListScanner.StartsWithMarker(text, i) || !HasColon(text, i))
                continue;
            var before = i - 1;
            while (before >= from && text[before] is ' ' or '\t')
                before--;
            return before >= from && text[before] is '（' or '(' ? (before, i) : (i, i);
        }
        return (-1, -1);
    }

    private static bool HasColon(string text, int marker)
    {
        var colon = Skip(text, marker + UnitListScanner.Markers[0].Length, " \t");
        return colon < text.Length && text[colon] is '：' or ':';
    }

    private static (List<string> Leads, List<string> Partners, int End) ReadClause(string text, int marker)
    {
        List<string> leads = [], partners = [];
        var at = marker;
        // A lead part then a partner part; a second 牵头单位 begins the next clause.
        while (at < text.Length && UnitListScanner.StartsWithMarker(text, at) && HasColon(text, at)
               && (at == marker || (text[at] == '责' && partners.Count == 0)))
        {
            var isLead = text[at] == '牵';
            var listStart = Skip(text, at + UnitListScanner.Markers[0].Length, " \t") + 1;
            var listEnd = UnitListScanner.End(text, listStart);
            // The scanner finds where the list ends; the shared splitter decides what the names are, as check will.
            (isLead ? leads : partners).AddRange(UnitListSplitter.Split(text[listStart..listEnd]));
            at = Skip(text, listEnd, " \t;；，,");
            if (!UnitListScanner.StartsWithMarker(text, at) || !isLead)
                return (leads, partners, listEnd);
        }
        return (leads, partners, at);
    }

    /// <summary>A deadline part after the units, up to the next ；。 or the clause's closing bracket.</summary>
    private static (string Deadline, int End) ReadDeadline(string text, int end)
    {
        var at = Skip(text, end, " \t;；，,");
        var marker = DeadlineMarker().Match(text, at);
        if (!marker.Success || marker.Index != at)
            return ("", end);
        var start = marker.Index + marker.Length;
        var stop = text.IndexOfAny([';', '；', '。', '）', ')', '\n'], start);
        stop = stop < 0 ? text.Length : stop;
        return (text[start..stop].Trim(), stop);
    }

    /// <summary>
    /// <c>（X牵头[，Y配合|参与|协助|按职责（分工）负责]）</c> or <c>（A会同B[共同][负责|落实|推进|实施]）</c>; the names hold no
    /// brackets, colons or sentence ends, so an aside in brackets is never taken for one.
    /// </summary>
    [GeneratedRegex(@"[（(]\s*(?<lead>[^（）()：:，,；;。]{2,60}?)\s*(?:会同\s*(?<with>[^（）()：:；;。]{2,80}?)\s*(?:共同)?(?:负责|落实|推进|实施)?|牵头(?:\s*[，,、；;]\s*(?<partners>[^（）()：:；;。]{2,120}?)\s*(?:配合|参与|协助|按职责分工负责|按职责分工落实|按职责负责|分工负责|共同负责))?)\s*[）)]")]
    private static partial Regex VerbClause();

    /// <summary>
    /// <c>X牵头[，Y配合|…]</c> or <c>A会同B负责</c> without brackets, from a sentence's start (or a comma) to its end; 由
    /// before the lead is not part of it.
    /// </summary>
    [GeneratedRegex(@"(?<=^|[。；;！!？?，,])\s*由?(?<lead>[^（）()：:，,；;。]{2,40}?)\s*(?:会同\s*(?<with>[^（）()：:；;。]{2,80}?)\s*(?:共同)?(?:负责|落实|推进|实施)|牵头(?:负责|落实)?(?:\s*[，,、]\s*(?<partners>[^（）()：:；;。]{2,120}?)\s*(?:配合|参与|协助|按职责分工负责|按职责分工落实|按职责负责|分工负责|共同负责))?)\s*(?:[。；;]|$)")]
    private static partial Regex SentenceVerbClause();

    /// <summary>Words no unit name holds but a sentence's subject does: 要、应、须、将、把、对、在 ……</summary>
    [GeneratedRegex("[要应须将把对在是并]|加强|建立")]
    private static partial Regex NotAUnit();

    [GeneratedRegex(@"\G(?:完成时限|完成时间|时限要求|时间节点|时限)\s*[:：]\s*")]
    private static partial Regex DeadlineMarker();

    private static int Skip(string text, int from, string chars)
    {
        while (from < text.Length && chars.Contains(text[from], StringComparison.Ordinal))
            from++;
        return from;
    }
}
