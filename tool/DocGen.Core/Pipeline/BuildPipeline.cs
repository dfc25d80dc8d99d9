using System.Reflection;
using System.Runtime;
using System.Text;
using DocGen.Binding;
using DocGen.Diagnostics;
using DocGen.Docx;
using DocGen.Domain;
using DocGen.Markdown;
using DocGen.Output;
using DocGen.Rules;
using DocGen.Templates;

namespace DocGen.Pipeline;

/// <summary>
/// The whole path: load and bind the set → rules → template models → Handlebars → Markdig → DOCX → output folder.
/// Every stage collects all its problems; no document is written while any error stands.
/// </summary>
/// <param name="templates">Compiled templates shared across the sets of one run; a pipeline of its own when null.</param>
public sealed class BuildPipeline(BuildOptions options, TemplateCache? templates = null)
{
    private readonly TemplateCache _templates = templates ?? new TemplateCache();

    /// <summary>The build's one Markdig pipeline, for every document it writes.</summary>
    private readonly MarkdownParser _markdown = new();

    public static string Version { get; } =
        typeof(BuildPipeline).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";

    /// <summary>
    /// How many documents a build of the set makes, from its data and templates alone (no rules, no rendering);
    /// 0 when it cannot be bound. For a progress total known before the first document; the build reports the problems.
    /// </summary>
    public int CountDocuments()
    {
        var diagnostics = new DiagnosticBag();
        var set = new DocumentSetBinder(diagnostics, options.Encoding).Bind(options.SetFolder, options.SetDisplay);
        var folder = _templates.Load(options.TemplatesFolder, options.TemplatesDisplay, diagnostics);
        return set?.Facts is null || diagnostics.HasErrors ? 0 : DocumentCatalog.For(set, folder.Documents, diagnostics).Count;
    }

    /// <summary>Makes every document in memory without writing anything (<c>docgen check</c>).</summary>
    public BuildResult Render()
    {
        var diagnostics = new DiagnosticBag();
        var prepared = Prepare(diagnostics);
        var documents = Contents(KeptMarkdown(prepared));
        if (prepared is not null)
            documents.AddRange(WriteDocx(prepared, prepared.Documents, diagnostics));
        return Result(documents, diagnostics);
    }

    /// <summary>
    /// Every document's Markdown, named by its file, as the build would render it, without going on to DOCX
    /// (<c>docgen diff</c> compares the text of two versions); null when the set or its templates have errors.
    /// </summary>
    /// <param name="set">The set, already bound by the caller: it is not read again.</param>
    internal IReadOnlyList<(string FileName, string Markdown)>? RenderMarkdown(DocumentSet set, DiagnosticBag diagnostics)
    {
        var prepared = Prepare(diagnostics, set);
        return prepared is null || diagnostics.HasErrors
            ? null
            : prepared.Documents.Select(d => (d.FileName, prepared.Markdown(d, options.TemplatesDisplay, diagnostics))).ToList();
    }

    /// <summary>
    /// Renders, then writes the documents whose inputs changed since the last build (all with <c>--force</c>), each
    /// atomically and recorded in the output folder's ledger as it is written, holding the folder's lock throughout.
    /// With errors nothing but kept Markdown is written.
    /// </summary>
    public BuildResult Build(bool force = false, bool prune = false)
    {
        var diagnostics = new DiagnosticBag();
        var prepared = Prepare(diagnostics);
        var markdown = KeptMarkdown(prepared);
        if (prepared is null || diagnostics.HasErrors)
            return WriteMarkdownOnly(markdown, force, diagnostics);

        using var output = OutputFolder.Open(options.OutFolder, options.OutDisplay, options.LockWait, diagnostics);
        if (output is null)
            return Result([], diagnostics);
        var planner = new IncrementalPlanner(output, prepared.Templates, Version, force);
        var (toWrite, skipped) = planner.Plan(prepared.Documents);
        // Unchanged documents count as done at once, so the progress total is every document of the set.
        var documents = WriteDocx(prepared, toWrite.Select(w => w.Document).ToList(), diagnostics, done: skipped.Count);
        if (diagnostics.Items.Any(d => d.Severity == Severity.Error && !d.Id.StartsWith("DG5", StringComparison.Ordinal)))
        {
            output.Write(markdown, force);
            return Result(Contents(markdown), diagnostics);
        }

        var inputs = prepared.Documents.ToDictionary(p => p.FileName, p => p.Input, StringComparer.Ordinal);
        var written = output.Write([.. markdown, .. documents.Select(d =>
            new OutputFile(d.FileName, d.Content, new LedgerEntry(inputs[d.FileName], ContentHash.Of(d.Content), prepared.Templates, Version)))], force);
        var removed = planner.Stale(prepared.Documents, prune, diagnostics);
        output.Save();
        return Result(documents, diagnostics) with
        {
            Written = toWrite.Where(w => written.Contains(w.Document.FileName)).Select(w => (w.Document.FileName, w.Reason)).ToList(),
            Skipped = skipped,
            Removed = removed,
        };
    }

    private sealed record Prepared(IReadOnlyList<PreparedDocument> Documents, FontMap Fonts, TemplateEngine Engine, DateOnly Date, OfficeHeader? Header)
    {
        public string Templates => Engine.Fingerprint;

        /// <summary>The document's Markdown, kept or rendered again: its first render succeeded, and rendering is deterministic.</summary>
        public string Markdown(PreparedDocument document, string templatesDisplay, DiagnosticBag diagnostics) =>
            document.Markdown ?? Engine.Render(document.Request.Template, document.Request.Model, templatesDisplay, diagnostics) ?? "";
    }

    /// <summary>Everything up to Markdown: bind, run the rules, check and render the templates.</summary>
    /// <param name="bound">The set when the caller has bound it already; otherwise it is bound here.</param>
    private Prepared? Prepare(DiagnosticBag diagnostics, DocumentSet? bound = null)
    {
        var set = bound ?? new DocumentSetBinder(diagnostics, options.Encoding).Bind(options.SetFolder, options.SetDisplay);
        if (set is not null)
            RuleCatalog.Run(set, options.Rules, diagnostics);
        var header = set?.OfficeHeader is { } file ? OfficeHeaderReader.Read(file, options.SetFolder, diagnostics) : null;
        var folder = _templates.Load(options.TemplatesFolder, options.TemplatesDisplay, diagnostics);
        var templates = folder.Engine;
        if (set?.Facts is not { } facts || diagnostics.HasErrors)
            return null;
        var requests = DocumentCatalog.For(set, folder.Documents, diagnostics);
        if (diagnostics.HasErrors)
            return null;

        var documents = new List<PreparedDocument>();
        var budget = KeptMarkdownChars;
        var failedTemplates = new HashSet<string>(StringComparer.Ordinal);
        foreach (var request in requests)
        {
            // A template that failed once fails the same way for every unit: report it once.
            if (failedTemplates.Contains(request.Template))
                continue;
            if (templates.RenderOrHash(request.Template, request.Model, options.TemplatesDisplay, diagnostics, Math.Min(budget, LongMarkdown)) is not { } rendered)
            {
                failedTemplates.Add(request.Template);
                continue;
            }
            var (markdown, hash) = rendered;
            // A long document marks a large set, whose other documents are long too or many: keep nothing more.
            budget = markdown is null ? 0 : budget - markdown.Length;
            documents.Add(new PreparedDocument(request, ContentHash.Of($"{hash}\n{set.Fonts}\n{facts.SignDate}\n{Version}{(header is null ? "" : "\n" + header.Fingerprint)}"), markdown));
        }
        return new Prepared(documents, set.Fonts, templates, facts.SignDate, header);
    }

    // How much Markdown one set keeps from its first render to its DOCX stage (2 MB), none of it from a long document:
    // all of a county's (135,000 characters); what is not kept is rendered twice rather than held.
    private const int KeptMarkdownChars = 1024 * 1024;

    // About a 1,000-task plan: below this a document's garbage is small beside the process.
    private const int LongMarkdown = 256 * 1024;

    /// <summary>
    /// A long document leaves tens of megabytes of garbage that survived into the oldest generation while it was
    /// written; the runtime would collect it only much later, so the next long document would pile onto it and the
    /// process's peak would grow with the number of long documents. Collecting here keeps the peak at one document's.
    /// </summary>
    private static void ReturnMemory()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    private List<(string FileName, byte[] Content)> WriteDocx(Prepared prepared, IReadOnlyList<PreparedDocument> documents, DiagnosticBag diagnostics, int done = 0)
    {
        var total = done + documents.Count;
        options.Progress?.Report((done, total));
        var writer = new DocxDocumentWriter(prepared.Fonts, prepared.Date) { Header = prepared.Header };
        var result = new List<(string, byte[])>();
        foreach (var (document, index) in documents.Select((d, i) => (d, i)))
        {
            var markdownName = Path.ChangeExtension(document.FileName, ".md");
            var markdown = prepared.Markdown(document, options.TemplatesDisplay, diagnostics);
            if (writer.Write(_markdown.ParseInSegments(markdown), Path.Combine(options.OutDisplay, markdownName), diagnostics) is { } docx)
                result.Add((document.FileName, docx));
            if (markdown.Length > LongMarkdown)
                ReturnMemory();
            options.Progress?.Report((done + index + 1, total));
        }
        return result;
    }

    /// <summary>
    /// With <c>--keep-md</c>, the Markdown DG4xxx messages point at, kept even when there are errors; each is a
    /// companion of its document in the ledger, so a user's own <c>实施方案.md</c> is never overwritten.
    /// </summary>
    private List<OutputFile> KeptMarkdown(Prepared? prepared) => options.KeepMarkdown && prepared is not null
        ? prepared.Documents.Select(d =>
        {
            var bytes = Encoding.UTF8.GetBytes(prepared.Markdown(d, options.TemplatesDisplay, new DiagnosticBag()));
            return new OutputFile(Path.ChangeExtension(d.FileName, ".md"), bytes,
                new LedgerEntry(d.Input, ContentHash.Of(bytes), prepared.Templates, Version) { Companion = d.FileName });
        }).ToList()
        : [];

    private BuildResult WriteMarkdownOnly(List<OutputFile> markdown, bool force, DiagnosticBag diagnostics)
    {
        if (markdown.Count > 0)
        {
            using var output = OutputFolder.Open(options.OutFolder, options.OutDisplay, options.LockWait, diagnostics);
            output?.Write(markdown, force);
        }
        return Result(Contents(markdown), diagnostics);
    }

    private static List<(string FileName, byte[] Content)> Contents(List<OutputFile> files) =>
        files.Select(f => (f.FileName, f.Content)).ToList();

    private static BuildResult Result(List<(string FileName, byte[] Content)> documents, DiagnosticBag diagnostics) =>
        new(diagnostics.HasErrors ? documents.Where(d => d.FileName.EndsWith(".md", StringComparison.Ordinal)).ToList() : documents, diagnostics.Items);
}
