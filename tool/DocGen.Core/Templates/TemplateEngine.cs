using System.Globalization;
using DocGen.Diagnostics;
using HandlebarsDotNet;
using HandlebarsDotNet.Compiler;

namespace DocGen.Templates;

/// <summary>
/// One Handlebars environment per build (never the static API): templates compiled once, strict about unknown
/// names, invariant culture, every value escaped for Markdown by <see cref="MarkdownTextEncoder"/>.
/// </summary>
public sealed class TemplateEngine
{
    public const string Extension = ".md.hbs";
    public const string PartialsFolder = "partials";

    private readonly Dictionary<string, (TemplateSource Source, HandlebarsTemplate<object, object> Render)> _templates = [];
    private readonly List<TemplateSource> _partials = [];

    private TemplateEngine()
    {
    }

    /// <summary>A hash of every template and partial, so a build can tell a template edit from a data edit.</summary>
    public string Fingerprint => Output.BuildLedger.Hash(string.Concat(
        _templates.Values.Select(t => $"template {t.Source.Name}\n{t.Source.Text}\n").Concat(_partials.Select(p => $"partial {p.Name}\n{p.Text}\n"))
            .Order(StringComparer.Ordinal)));

    /// <summary>Reads and compiles every <c>*.md.hbs</c> of a folder and its <c>partials/*.hbs</c>.</summary>
    public static TemplateEngine Load(string folder, string displayFolder, DiagnosticBag diagnostics)
    {
        var engine = new TemplateEngine();
        var configuration = new HandlebarsConfiguration
        {
            ThrowOnUnresolvedBindingExpression = true,
            TextEncoder = new MarkdownTextEncoder(),
            FormatProvider = CultureInfo.InvariantCulture,
        };
        configuration.ObjectDescriptorProviders.Add(new ModelDescriptorProvider());
        var handlebars = Handlebars.Create(configuration);

        var files = new TemplateFolderReader(folder, displayFolder, diagnostics);
        foreach (var source in files.Partials())
        {
            engine._partials.Add(source);
            Compile(diagnostics, source, () => handlebars.RegisterTemplate(source.Name, source.Text));
        }
        foreach (var source in files.Templates())
            Compile(diagnostics, source, () => engine._templates[source.Name] = (source, handlebars.Compile(source.Text)));
        return engine;
    }

    /// <summary>Checks, before any rendering, every name each template uses against the model type it will get.</summary>
    public void CheckNames(IReadOnlyDictionary<string, Type> models, DiagnosticBag diagnostics)
    {
        var checker = new TemplatePathChecker(_partials.ToDictionary(p => p.Name, StringComparer.Ordinal), diagnostics);
        foreach (var (name, model) in models)
            if (_templates.TryGetValue(name, out var template))
                checker.Check(template.Source, model);
    }

    /// <returns>The Markdown, or null after reporting why the template could not be rendered.</returns>
    public string? Render(string name, object model, string templatesDisplayFolder, DiagnosticBag diagnostics)
    {
        if (!_templates.TryGetValue(name, out var template))
        {
            diagnostics.Error(DiagnosticIds.TemplateFileMissing, new SourceLocation(Path.Combine(templatesDisplayFolder, name + Extension)),
                $"缺少模板“{name}{Extension}”。");
            return null;
        }
        try
        {
            return template.Render(model, new object()).Replace("\r\n", "\n", StringComparison.Ordinal);
        }
        catch (HandlebarsUndefinedBindingException e) when (e.MissingKey.StartsWith('#') || e.MissingKey.StartsWith('/'))
        {
            var helper = e.MissingKey.TrimStart('#', '/');
            diagnostics.Error(DiagnosticIds.TemplateHelperUnknown, TemplateErrorLocator.Locate(_partials.Prepend(template.Source), e.MissingKey, template.Source),
                $"模板使用了未知的块助手“{helper}”；可用的有 #if、#unless、#each、#with。");
            return null;
        }
        catch (HandlebarsUndefinedBindingException e)
        {
            var location = TemplateErrorLocator.Locate(_partials.Prepend(template.Source), e.MissingKey, template.Source);
            var known = string.Join("、", model.GetType().GetProperties().Select(p => p.Name));
            diagnostics.Error(DiagnosticIds.TemplateValueMissing, location,
                $"模板引用了不存在的值“{e.Path}”；此处可用的值有：{known}。");
            return null;
        }
        catch (HandlebarsRuntimeException e) when (HelperName(e.Message) is { } helper)
        {
            diagnostics.Error(DiagnosticIds.TemplateHelperUnknown, TemplateErrorLocator.Locate(_partials.Prepend(template.Source), helper, template.Source),
                $"模板使用了未知的助手“{helper.TrimStart('#')}”；可用的有 #if、#unless、#each、#with。");
            return null;
        }
        catch (Exception e) when (e is HandlebarsException or ArgumentException or InvalidOperationException or InvalidCastException)
        {
            diagnostics.Error(DiagnosticIds.TemplateRenderFailed, new SourceLocation(template.Source.DisplayPath, 1, 1),
                $"模板“{name}”无法生成：{e.Message}（未知的局部模板 partial 或助手 helper？）");
            return null;
        }
    }

    /// <summary>Handlebars.Net names an unknown helper only in its message: “… BlockHelper '#repeat'”.</summary>
    private static string? HelperName(string message) =>
        System.Text.RegularExpressions.Regex.Match(message, "[Hh]elper '([^']+)'") is { Success: true } m ? m.Groups[1].Value : null;

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
                $"模板语法错误：{e.Message}。请检查 {{{{ }}}} 是否成对、块 {{{{#each}}}}…{{{{/each}}}} 是否闭合。");
        }
    }
}
