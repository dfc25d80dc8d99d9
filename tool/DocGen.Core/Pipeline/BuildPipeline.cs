using System.Text;
using DocGen.Binding;
using DocGen.Diagnostics;
using DocGen.Docx;
using DocGen.Markdown;
using DocGen.Output;
using DocGen.Rules;
using DocGen.Templates;

namespace DocGen.Pipeline;

/// <summary>
/// The whole path: load and bind the set → template models → Handlebars → Markdig → DOCX → output folder.
/// Every stage collects all its problems; nothing is written while any error stands.
/// </summary>
public sealed class BuildPipeline(BuildOptions options)
{
    /// <summary>Makes every document in memory without writing anything (<c>docgen check</c>).</summary>
    public BuildResult Render()
    {
        var diagnostics = new DiagnosticBag();
        var documents = new List<(string, byte[])>();
        var bound = new DocumentSetBinder(diagnostics, options.Encoding).Bind(options.SetFolder, options.SetDisplay);
        if (bound is not null)
            RuleCatalog.Run(bound, options.Rules, diagnostics);
        var fonts = bound is null ? FontMap.Standard : FontMapReader.Read(bound.Manifest, diagnostics);
        var templates = TemplateEngine.Load(options.TemplatesFolder, options.TemplatesDisplay, diagnostics);
        templates.CheckNames(DocumentCatalog.TemplateModels, diagnostics);
        var set = bound?.ToDocumentSet();
        if (set is null || diagnostics.HasErrors)
            return new BuildResult(documents, diagnostics.Items);

        var parser = new MarkdownParser();
        var writer = new DocxDocumentWriter(fonts);
        var failedTemplates = new HashSet<string>(StringComparer.Ordinal);
        foreach (var request in DocumentCatalog.For(set))
        {
            // A template that failed once fails the same way for every unit: report it once.
            if (failedTemplates.Contains(request.Template))
                continue;
            var markdown = templates.Render(request.Template, request.Model, options.TemplatesDisplay, diagnostics);
            if (markdown is null)
            {
                failedTemplates.Add(request.Template);
                continue;
            }
            var markdownName = Path.ChangeExtension(request.FileName, ".md");
            if (options.KeepMarkdown)
                documents.Add((markdownName, Encoding.UTF8.GetBytes(markdown)));
            var docx = writer.Write(parser.Parse(markdown), Path.Combine(options.OutDisplay, markdownName), diagnostics);
            if (docx is null)
                failedTemplates.Add(request.Template);
            else
                documents.Add((request.FileName, docx));
        }
        // With errors only the Markdown asked for with --keep-md survives: it is what the DG4xxx messages point at.
        return new BuildResult(diagnostics.HasErrors ? documents.Where(d => d.Item1.EndsWith(".md", StringComparison.Ordinal)).ToList() : documents,
            diagnostics.Items);
    }

    /// <summary>Renders, then writes every document atomically when there was no error (with errors, only kept Markdown).</summary>
    public BuildResult Build()
    {
        var result = Render();
        if (!result.Succeeded && result.Documents.Count == 0)
            return result;
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(result.Diagnostics);
        new OutputWriter(options.OutFolder, options.OutDisplay, diagnostics).Write(result.Documents);
        return result with { Diagnostics = diagnostics.Items };
    }
}
