using DocGen.Diagnostics;

namespace DocGen.Templates;

/// <summary>
/// Where a render that ran out of budget most likely spent it: the outermost <c>{{#each}}</c> with the deepest
/// nesting of loops beneath it, partials included, since each level multiplies the work by the number of items.
/// </summary>
internal sealed class LoopLocator(IReadOnlyDictionary<string, TemplateSource> partials)
{
    /// <returns>The outermost loop of the deepest nest and how many loops deep it goes, or null when there is no loop.</returns>
    public (SourceLocation At, int Depth)? Outermost(TemplateSource template) =>
        TopLevelLoops(template, []) is { Count: > 0 } loops ? loops.MaxBy(l => l.Depth) : null;

    /// <summary>The loops of a source that no other loop of it encloses, each with the depth of its nest.</summary>
    private List<(SourceLocation At, int Depth)> TopLevelLoops(TemplateSource source, List<string> chain)
    {
        var loops = new List<(SourceLocation At, int Depth)>();
        var blocks = new Stack<bool>(); // whether each open block is a loop
        var (open, deepest, outermost) = (0, 0, (SourceLocation?)null);
        foreach (var (kind, words, index) in TemplateTags.Scan(source))
        {
            if (kind == "#")
            {
                var loop = words[0] == "each";
                blocks.Push(loop);
                if (loop && ++open == 1)
                    outermost = TemplateTags.Location(source, index);
                deepest = Math.Max(deepest, open);
            }
            else if (kind == "/" && blocks.Count > 0 && blocks.Pop() && --open == 0)
            {
                loops.Add((outermost!, deepest));
                deepest = 0;
            }
            // The chain only guards this walk: PartialCycleFinder has refused partials that reach themselves.
            else if (kind == ">" && partials.TryGetValue(words[0], out var partial) && !chain.Contains(words[0]))
            {
                var inner = TopLevelLoops(partial, [.. chain, words[0]]);
                if (open == 0)
                    loops.AddRange(inner);
                else if (inner.Count > 0)
                    deepest = Math.Max(deepest, open + inner.Max(l => l.Depth));
            }
        }
        return loops;
    }
}
