using DocGen.Diagnostics;

namespace DocGen.Templates;

/// <summary>
/// Finds partials that reach themselves (<c>{{&gt; a}}</c> in <c>a.hbs</c>, or a → b → a). DocGen's models are
/// finite and not recursive, so such a partial only expands until Handlebars.Net gives up at depth 100 with an
/// English message that names no line; it is reported instead at the <c>{{&gt;</c> that closes the loop, before any
/// rendering.
/// </summary>
internal sealed class PartialCycleFinder(IReadOnlyDictionary<string, TemplateSource> partials, DiagnosticBag diagnostics)
{
    // Partials whose every path has been followed: a loop through them was reported when it was first met.
    private readonly HashSet<string> _done = new(StringComparer.Ordinal);

    /// <returns>Whether a loop was found.</returns>
    public bool Check(IEnumerable<TemplateSource> templates)
    {
        var before = diagnostics.ErrorCount;
        foreach (var template in templates)
            Visit(template, []);
        foreach (var (name, partial) in partials.OrderBy(p => p.Key, StringComparer.Ordinal))
            if (!_done.Contains(name))
            {
                Visit(partial, [name]);
                _done.Add(name);
            }
        return diagnostics.ErrorCount > before;
    }

    private void Visit(TemplateSource source, List<string> chain)
    {
        foreach (var (kind, words, index) in TemplateTags.Scan(source))
        {
            var name = words[0];
            if (kind != ">" || !partials.TryGetValue(name, out var partial) || _done.Contains(name))
                continue;
            if (chain.IndexOf(name) is var start and >= 0)
            {
                var loop = string.Join(" → ", chain[start..].Append(name));
                diagnostics.Error(DiagnosticIds.TemplatePartialRecursive, TemplateTags.Location(source, index),
                    $"局部模板“{name}”经 {loop} 引用了自己，生成时会无限展开。请去掉这处 {{{{> {name}}}}}，或把要重复的内容写成不引用自己的局部模板。");
                continue;
            }
            chain.Add(name);
            Visit(partial, chain);
            chain.RemoveAt(chain.Count - 1);
            _done.Add(name);
        }
    }
}
