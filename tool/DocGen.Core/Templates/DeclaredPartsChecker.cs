using System.Text.RegularExpressions;
using DocGen.Diagnostics;

namespace DocGen.Templates;

/// <summary>
/// Holds a template to what its front matter says of the 版头 (GB/T 9704 7.2: a <c>::: redhead</c> container) and the
/// 版记 (7.4: <c>::: colophon</c>), looking through the partials it includes, so the catalogue can be trusted.
/// </summary>
internal sealed partial class DeclaredPartsChecker(IReadOnlyDictionary<string, TemplateSource> partials, DiagnosticBag diagnostics)
{
    public void Check(TemplateSource template, DocumentDeclaration declaration)
    {
        var containers = new HashSet<string>(StringComparer.Ordinal);
        Collect(template, containers, new HashSet<string>(StringComparer.Ordinal));
        Compare(declaration.Redhead, containers.Contains("redhead"), FrontMatterReader.RedheadKey, "::: redhead", declaration.RedheadAt);
        Compare(declaration.Colophon, containers.Contains("colophon"), FrontMatterReader.ColophonKey, "::: colophon", declaration.ColophonAt);
    }

    private void Compare(bool declared, bool found, string key, string container, SourceLocation at)
    {
        if (declared == found)
            return;
        diagnostics.Warning(DiagnosticIds.TemplatePartsUndeclared, at, declared
            ? $"文件说明写了“{key}: 有”，但模板及其引用的局部模板中没有“{container}”；请补上，或改为“{key}: 无”。"
            : $"模板（或其引用的局部模板）中有“{container}”，但文件说明没有写“{key}: 有”；请在文件说明中写明。");
    }

    /// <param name="seen">Partials already looked through: a loop of partials is DG3010's to report.</param>
    private void Collect(TemplateSource source, HashSet<string> containers, HashSet<string> seen)
    {
        foreach (Match match in Container().Matches(source.Text))
            containers.Add(match.Groups["name"].Value);
        foreach (var (kind, words, _) in TemplateTags.Scan(source))
            if (kind == ">" && seen.Add(words[0]) && partials.TryGetValue(words[0], out var partial))
                Collect(partial, containers, seen);
    }

    [GeneratedRegex(@"^[ \t]*:::[ \t]*(?<name>redhead|colophon)\b", RegexOptions.Multiline)]
    private static partial Regex Container();
}
