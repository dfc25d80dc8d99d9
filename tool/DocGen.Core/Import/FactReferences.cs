using System.Globalization;
using System.Text;

namespace DocGen.Import;

/// <summary>
/// Turns a paragraph of the source into template text: where a fact the set holds occurs (方案标题, 分工表标题,
/// 发文机关, 工作名称, 辖区, and 我县/全县 as the jurisdiction's level), it becomes the model reference, so the rebuilt
/// plan follows the manifest; everything else is escaped to print exactly as written.
/// </summary>
internal sealed class FactReferences
{
    /// <summary>Longest first, so that a plan title is one reference rather than a jurisdiction and a campaign.</summary>
    private readonly List<(string Words, string Reference)> _facts;

    public FactReferences(ImportedSet set)
    {
        var entries = ManifestText.Entries(set).Where(e => e.Value is { Length: >= 2 }).ToDictionary(e => e.Key, e => e.Value!);
        var facts = new List<(string, string)>();
        void Add(string key, string reference)
        {
            if (entries.TryGetValue(key, out var words))
                facts.Add((words, reference));
        }
        Add("方案标题", "{{PlanTitle}}");
        Add("分工表标题", "{{TableTitle}}");
        Add("发文机关", "{{Issuer}}");
        Add("工作名称", "{{Campaign}}");
        Add("辖区", "{{Jurisdiction}}");
        if (entries.TryGetValue("辖区", out var jurisdiction))
        {
            var level = jurisdiction[^1].ToString();
            facts.Add(("我" + level, "我{{JurisdictionLevel}}"));
            facts.Add(("全" + level, "全{{JurisdictionLevel}}"));
        }
        // A count the prose states is the number of tasks only when it agrees with the table; otherwise it stays as found (DG6106).
        if (set.Tasks.Count > 0)
            facts.Add((set.Tasks.Count.ToString(CultureInfo.InvariantCulture) + "项", "{{TaskCount}}项"));
        _facts = facts.OrderByDescending(f => f.Item1.Length).ToList();
    }

    public string Render(string source)
    {
        var text = new StringBuilder();
        var position = 0;
        source = source.Trim();
        while (position < source.Length)
        {
            var (at, fact) = Next(source, position);
            text.Append(Escape(source[position..at]));
            if (fact is null)
                break;
            text.Append(fact.Value.Reference);
            position = at + fact.Value.Words.Length;
        }
        return text.ToString();
    }

    /// <summary>Text inside a Handlebars comment, which only <c>--}}</c> could end early.</summary>
    public static string InComment(string text) => text.Trim().Replace("}}", "} }", StringComparison.Ordinal);

    private (int At, (string Words, string Reference)? Fact) Next(string source, int from)
    {
        var best = (At: source.Length, Fact: ((string Words, string Reference)?)null);
        foreach (var fact in _facts)
        {
            var at = source.IndexOf(fact.Words, from, StringComparison.Ordinal);
            // A digit before 74项 makes it 174项, another number.
            if (fact.Reference.StartsWith("{{TaskCount", StringComparison.Ordinal) && at > 0 && char.IsAsciiDigit(source[at - 1]))
                at = -1;
            if (at >= 0 && at < best.At)
                best = (at, fact);
        }
        return best;
    }

    /// <summary>
    /// A backslash before each character Markdown or Handlebars would read as markup (emphasis, links, HTML, tables,
    /// <c>{{</c>), and before what would open a block at the paragraph's start (a heading, list, quote or
    /// <c>:::</c> container); Chinese prose rarely has any, so the template stays readable.
    /// </summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\r' or '\n')
                continue;
            if (Markup.Contains(c) || escaped.Length == 0 && LineStart.Contains(c))
                escaped.Append('\\');
            escaped.Append(c);
        }
        // 1. or 1) at the start would be a list item.
        var digits = 0;
        while (digits < escaped.Length && char.IsAsciiDigit(escaped[digits]))
            digits++;
        if (digits > 0 && digits < escaped.Length && escaped[digits] is '.' or ')')
            escaped.Insert(digits, '\\');
        return escaped.ToString();
    }

    private const string Markup = "\\`*_{}[]<>#|~&!^$";

    private const string LineStart = "-+=:>";
}
