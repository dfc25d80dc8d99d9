using System.Collections.Concurrent;
using DocGen.Diagnostics;
using DocGen.Templates;

namespace DocGen.Pipeline;

/// <summary>
/// Templates compiled once per folder and shared by every set of a run (compiling is the costly part of Handlebars).
/// Load problems are kept with the entry so each set that uses the folder reports them.
/// </summary>
/// <param name="budget">What one document's render may spend; <see cref="TemplateBudget.Default"/> when null.</param>
public sealed class TemplateCache(TemplateBudget? budget = null)
{
    private readonly ConcurrentDictionary<string, Lazy<(TemplateEngine Engine, IReadOnlyList<Diagnostic> Diagnostics)>> _engines =
        new(StringComparer.Ordinal);

    public TemplateEngine Get(string folder, string display, DiagnosticBag diagnostics)
    {
        var entry = _engines.GetOrAdd(Path.GetFullPath(folder), _ => new Lazy<(TemplateEngine, IReadOnlyList<Diagnostic>)>(() =>
        {
            var loading = new DiagnosticBag();
            var engine = TemplateEngine.Load(folder, display, loading, budget);
            engine.CheckNames(DocumentCatalog.TemplateModels, loading);
            return (engine, loading.Items);
        })).Value;
        diagnostics.AddRange(entry.Diagnostics);
        return entry.Engine;
    }
}
