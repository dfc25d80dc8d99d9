using System.Globalization;
using DocGen.Diagnostics;
using HandlebarsDotNet;
using HandlebarsDotNet.Compiler;

namespace DocGen.Templates;

/// <summary>
/// One Handlebars environment per build (never the static API): templates compiled once, strict about unknown
/// names, invariant culture, every value escaped for Markdown by <see cref="MarkdownTextEncoder"/>.
/// </summary>
internal sealed class TemplateEngine
{
    public const string Extension = ".md.hbs";
    public const string PartialsFolder = "partials";

    private readonly Dictionary<string, (TemplateSource Source, HandlebarsTemplate<TextWriter, object, object> Render)> _templates = [];
    private readonly Dictionary<string, TemplateSource> _partials = new(StringComparer.Ordinal);
    private readonly List<TemplateSource> _sources = [];
    private readonly TemplateBudget _budget;
    // The budget of the render on this thread: one engine serves every set of a run, rendered in parallel.
    private readonly AsyncLocal<BudgetMeter?> _meter = new();
    private bool _partialsLoop;
    private string? _fingerprint;

    private TemplateEngine(TemplateBudget budget) => _budget = budget;

    /// <summary>A hash of every template and partial, so a build can tell a template edit from a data edit.</summary>
    /// <remarks>Computed once: the templates do not change after loading, and every set of a run asks for it.</remarks>
    public string Fingerprint => _fingerprint ??= ContentHash.Of(string.Concat(
        _templates.Values.Select(t => $"template {t.Source.Name}\n{t.Source.Text}\n").Concat(_partials.Values.Select(p => $"partial {p.Name}\n{p.Text}\n"))
            .Order(StringComparer.Ordinal)));

    /// <summary>Reads and compiles every <c>*.md.hbs</c> of a folder and its <c>partials/*.hbs</c>.</summary>
    /// <param name="budget">What one document's render may spend; <see cref="TemplateBudget.Default"/> when null.</param>
    public static TemplateEngine Load(string folder, string displayFolder, DiagnosticBag diagnostics, TemplateBudget? budget = null)
    {
        var engine = new TemplateEngine(budget ?? TemplateBudget.Default);
        var configuration = new HandlebarsConfiguration
        {
            ThrowOnUnresolvedBindingExpression = true,
            TextEncoder = new MarkdownTextEncoder(),
            FormatProvider = CultureInfo.InvariantCulture,
        };
        configuration.ObjectDescriptorProviders.Add(new ModelDescriptorProvider(engine._meter));
        var handlebars = Handlebars.Create(configuration);

        var files = new TemplateFolderReader(folder, displayFolder, diagnostics);
        foreach (var source in files.Partials())
        {
            engine._partials[source.Name] = source;
            Compile(diagnostics, source, () => handlebars.RegisterTemplate(source.Name, source.Text));
        }
        var templates = files.Templates();
        engine._sources.AddRange(templates);
        foreach (var source in templates)
            Compile(diagnostics, source, () => engine._templates[source.Name] = (source, handlebars.Compile(new StringReader(source.Text))));
        engine._partialsLoop = new PartialCycleFinder(engine._partials, diagnostics).Check(templates);
        return engine;
    }

    /// <summary>
    /// The documents the folder's templates declare in their front matter, in file-name order; a template without a
    /// valid one is reported at its line and left out, one whose 版头 or 版记 is not as declared is warned of. A folder
    /// without any template is reported too: it would silently produce nothing.
    /// </summary>
    internal IReadOnlyList<DocumentDeclaration> Declarations(string displayFolder, DiagnosticBag diagnostics)
    {
        if (_sources.Count == 0)
            diagnostics.Error(DiagnosticIds.TemplateFileMissing, new SourceLocation(displayFolder),
                $"模板目录“{displayFolder}”中没有模板（*{Extension}），不会生成任何文件。请检查模板目录，或从仓库的 templates/ 复制一份。");
        var parts = new DeclaredPartsChecker(_partials, diagnostics);
        var documents = new List<DocumentDeclaration>();
        foreach (var source in _sources)
            if (new FrontMatterReader(source, diagnostics).Read() is { } declaration)
            {
                parts.Check(source, declaration);
                documents.Add(declaration);
            }
        return documents;
    }

    /// <summary>Checks, before any rendering, every name each template uses against the model type it will get.</summary>
    public void CheckNames(IReadOnlyDictionary<string, Type> models, DiagnosticBag diagnostics)
    {
        var checker = new TemplatePathChecker(_partials, diagnostics);
        foreach (var (name, model) in models)
            if (_templates.TryGetValue(name, out var template))
                checker.Check(template.Source, model);
    }

    /// <returns>
    /// The Markdown, or null after reporting why the template could not be rendered (a loop of partials was reported
    /// when the templates were loaded).
    /// </returns>
    public string? Render(string name, object model, string templatesDisplayFolder, DiagnosticBag diagnostics)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        return RenderInto(text, name, model, templatesDisplayFolder, diagnostics)
            ? text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal)
            : null;
    }

    /// <summary>
    /// Renders as <see cref="Render"/> does, keeping the Markdown only when it is at most <paramref name="keepChars"/>
    /// long, and a hash of it always: rendering again gives the same text and hash.
    /// </summary>
    /// <returns>The Markdown or null, and its hash; null after reporting why the template could not be rendered.</returns>
    public (string? Markdown, string Hash)? RenderOrHash(string name, object model, string templatesDisplayFolder, DiagnosticBag diagnostics, int keepChars)
    {
        using var sink = new KeepOrHashWriter(keepChars);
        if (!RenderInto(sink, name, model, templatesDisplayFolder, diagnostics))
            return null;
        var (text, hash) = sink.Finish();
        return (text?.Replace("\r\n", "\n", StringComparison.Ordinal), hash);
    }

    private bool RenderInto(TextWriter sink, string name, object model, string templatesDisplayFolder, DiagnosticBag diagnostics)
    {
        // One that did not compile was reported then; the catalogue is read from the folder's templates, so a name
        // that is not among them is a defect, not a user's mistake.
        if (!_templates.TryGetValue(name, out var template))
            return _sources.Any(s => s.Name == name) ? false
                : throw new InvalidOperationException($"no template {name}{Extension} in {templatesDisplayFolder}");
        if (_partialsLoop)
            return false;
        var meter = new BudgetMeter(_budget);
        _meter.Value = meter;
        try
        {
            template.Render(new MeteredWriter(meter, sink), model, new object());
            return true;
        }
        catch (Exception e) when (e is HandlebarsException or HandlebarsUndefinedBindingException or ArgumentException
            or InvalidOperationException or InvalidCastException or TemplateBudgetExceededException)
        {
            new RenderFailureReporter(template.Source, _partials, _budget).Report(e, model, diagnostics);
            return false;
        }
        finally
        {
            _meter.Value = null;
        }
    }

    private static void Compile(DiagnosticBag diagnostics, TemplateSource source, Action compile)
    {
        TemplateLinter.Scan(source, diagnostics);
        try
        {
            compile();
        }
        // Handlebars.Net's compiler also fails on some malformed templates with plain .NET exceptions
        // (ArgumentNullException, InvalidOperationException, found by the fuzz test): all are syntax errors to the user.
        catch (Exception e) when (e is HandlebarsException or ArgumentException or InvalidOperationException)
        {
            diagnostics.Error(DiagnosticIds.TemplateSyntax, TemplateErrorLocator.FromSyntaxError(source, e.Message),
                $"模板语法错误：{ExceptionText.Of(e)}。请检查 {{{{ }}}} 是否成对、块 {{{{#each}}}}…{{{{/each}}}} 是否闭合。");
        }
    }
}
