using System.Text.RegularExpressions;
using DocGen.Diagnostics;

namespace DocGen.Templates;

/// <summary>
/// The <c>{{…}}</c> tags of a template as Handlebars.Net reads them (<c>{{~</c> trims, <c>{{!-- --}}</c> comments),
/// for the checks that run before rendering: names, partial loops, where loops nest.
/// </summary>
internal static partial class TemplateTags
{
    /// <summary>Each tag's kind (<c>#</c>, <c>/</c>, <c>&gt;</c>, <c>!</c>, <c>^</c> or empty), its words, and its offset in the text.</summary>
    public static IEnumerable<(string Kind, string[] Words, int Index)> Scan(TemplateSource source)
    {
        foreach (Match tag in Mustache().Matches(source.Text))
        {
            var kind = tag.Groups["kind"].Value;
            var words = tag.Groups["body"].Value.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
            if (kind != "!" && words.Length > 0)
                yield return (kind, words, tag.Index);
        }
    }

    public static SourceLocation Location(TemplateSource source, int index)
    {
        var line = source.Text.AsSpan(0, index).Count('\n') + 1;
        var lineStart = index == 0 ? 0 : source.Text.LastIndexOf('\n', index - 1) + 1;
        return new SourceLocation(source.DisplayPath, line, index - lineStart + 1);
    }

    [GeneratedRegex(@"\{\{~?(?<kind>[#/>!^]?)(?<body>(?:(?<=!)--[\s\S]*?--|[^}])*?)~?\}\}")]
    private static partial Regex Mustache();
}
