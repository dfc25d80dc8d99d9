using System.Text.RegularExpressions;
using DocGen.Diagnostics;

namespace DocGen.Templates;

/// <summary>Finds where in the templates a failing expression was written, since Handlebars.Net reports names, not lines.</summary>
internal static class TemplateErrorLocator
{
    public static SourceLocation Locate(IEnumerable<TemplateSource> sources, string token, TemplateSource fallback)
    {
        var pattern = new Regex(@"\{\{[^}]*?" + Regex.Escape(token) + @"(?![\w])", RegexOptions.CultureInvariant);
        foreach (var source in sources)
            for (var i = 0; i < source.Lines.Length; i++)
            {
                var match = pattern.Match(source.Lines[i]);
                if (match.Success)
                    return new SourceLocation(source.DisplayPath, i + 1, match.Index + 1);
            }
        return new SourceLocation(fallback.DisplayPath, 1, 1);
    }

    /// <summary>
    /// Handlebars.Net's compiler names no line: an unclosed block points at its opening tag, anything else at the
    /// first line whose braces do not pair up.
    /// </summary>
    public static SourceLocation FromSyntaxError(TemplateSource source, string message)
    {
        var block = Regex.Match(message, "block expression '([^']+)'");
        if (block.Success)
            return Locate([source], "#" + block.Groups[1].Value.TrimStart('#'), source);
        for (var i = 0; i < source.Lines.Length; i++)
        {
            var line = source.Lines[i];
            var open = Regex.Matches(line, @"\{\{").Count;
            if (open != Regex.Matches(line, @"\}\}").Count)
                return new SourceLocation(source.DisplayPath, i + 1, line.IndexOf("{{", StringComparison.Ordinal) + 1);
        }
        return new SourceLocation(source.DisplayPath, 1, 1);
    }
}
