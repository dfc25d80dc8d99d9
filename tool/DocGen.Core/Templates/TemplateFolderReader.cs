using DocGen.Diagnostics;

namespace DocGen.Templates;

/// <summary>
/// Reads the <c>*.md.hbs</c> of a template folder and its <c>partials/*.hbs</c>, and nothing outside that folder: the
/// real path of each file and of the partials folder, every symbolic link resolved, must lie inside the folder's own
/// real path, or a partial linked to /etc/passwd would be printed into a DOCX. A link that stays inside is fine.
/// </summary>
internal sealed class TemplateFolderReader(string folder, string displayFolder, DiagnosticBag diagnostics)
{
    private readonly string? _root = Directory.Exists(folder) ? RealPath.Of(folder) : null;

    public IReadOnlyList<TemplateSource> Partials()
    {
        var partials = Path.Combine(folder, TemplateEngine.PartialsFolder);
        var display = Path.Combine(displayFolder, TemplateEngine.PartialsFolder);
        return Directory.Exists(partials) && IsInside(partials, display) ? Read(partials, display, ".hbs") : [];
    }

    public IReadOnlyList<TemplateSource> Templates() => Read(folder, displayFolder, TemplateEngine.Extension);

    /// <summary>A refused or unreadable file is kept with no text, so it is not also reported as missing.</summary>
    private List<TemplateSource> Read(string directory, string display, string extension)
    {
        if (_root is null)
            return [];
        var sources = new List<TemplateSource>();
        foreach (var file in Directory.GetFiles(directory, "*" + extension).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            var shown = Path.Combine(display, name);
            sources.Add(new TemplateSource(name[..^extension.Length], shown, IsInside(file, shown) ? Text(file, shown) : ""));
        }
        return sources;
    }

    private bool IsInside(string path, string display)
    {
        var real = Resolve(path, display);
        if (real is not null && RealPath.IsInside(real, _root!))
            return true;
        if (real is not null)
            diagnostics.Error(DiagnosticIds.TemplateOutsideFolder, new SourceLocation(display),
                $"“{display}”实际指向模板目录之外的“{real}”，为免把别处的文件印进公文，不予读取。请把它复制到模板目录“{displayFolder}”中，不要用指向目录外的链接。");
        return false;
    }

    /// <returns>The real path, or null after reporting why it cannot be found.</returns>
    private string? Resolve(string path, string display)
    {
        try
        {
            if (RealPath.Of(path) is { } real)
                return real;
            diagnostics.Error(DiagnosticIds.TemplateUnreadable, new SourceLocation(display), $"“{display}”是循环的符号链接，无法读取。请换成普通文件。");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticIds.TemplateUnreadable, new SourceLocation(display),
                $"无法读取“{display}”：{ExceptionText.Of(e)}。请检查它是否存在、是否有读取权限。");
        }
        return null;
    }

    private string Text(string file, string display)
    {
        try
        {
            return File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticIds.TemplateUnreadable, new SourceLocation(display),
                $"无法读取模板文件“{display}”：{ExceptionText.Of(e)}。请检查它是否存在、是否有读取权限。");
            return "";
        }
    }
}
