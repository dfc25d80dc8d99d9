using System.Collections.Concurrent;
using DocGen.Diagnostics;
using DocGen.Templates;

namespace DocGen.Pipeline;

/// <summary>
/// Templates compiled once per folder and shared by every set of a run (compiling is the costly part of Handlebars),
/// with the documents their front matter declares. Load problems are kept with the entry so each set that uses the
/// folder reports them.
/// </summary>
/// <param name="budget">What one document's render may spend; <see cref="TemplateBudget.Default"/> when null.</param>
public sealed class TemplateCache(TemplateBudget? budget = null)
{
    private readonly ConcurrentDictionary<string, Lazy<(TemplateFolder Folder, IReadOnlyList<Diagnostic> Diagnostics)>> _folders =
        new(StringComparer.Ordinal);

    internal TemplateEngine Get(string folder, string display, DiagnosticBag diagnostics) => Load(folder, display, diagnostics).Engine;

    internal TemplateFolder Load(string folder, string display, DiagnosticBag diagnostics)
    {
        var entry = _folders.GetOrAdd(Path.GetFullPath(folder), _ => new Lazy<(TemplateFolder, IReadOnlyList<Diagnostic>)>(() =>
        {
            var loading = new DiagnosticBag();
            var engine = TemplateEngine.Load(folder, display, loading, budget);
            var documents = engine.Declarations(display, loading);
            engine.CheckNames(documents.ToDictionary(d => d.Template, d => DocumentCatalog.ModelType(d.Model), StringComparer.Ordinal), loading);
            var built = documents.Where(d => d.Copies != DocumentCopies.OnComparison).ToList();
            return (new TemplateFolder(engine, built, documents.FirstOrDefault(d => d.Copies == DocumentCopies.OnComparison)), loading.Items);
        })).Value;
        diagnostics.AddRange(entry.Diagnostics);
        return entry.Folder;
    }
}
