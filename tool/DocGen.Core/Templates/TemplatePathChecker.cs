using DocGen.Diagnostics;

namespace DocGen.Templates;

/// <summary>
/// Checks every name a template uses against the model type it will see, in every branch — also those the sample
/// data never reaches (<c>{{#if HasX}}{{Missing}}{{/if}}</c>) — so <c>check</c> catches them before an office does.
/// Follows <c>#each</c>/<c>#with</c> scopes, <c>../</c>, <c>@root</c> and partials.
/// </summary>
internal sealed class TemplatePathChecker(IReadOnlyDictionary<string, TemplateSource> partials, DiagnosticBag diagnostics)
{
    private static readonly HashSet<string> ScopeHelpers = ["each", "with"];
    private static readonly HashSet<string> TestHelpers = ["if", "unless"];

    // Partials already checked in one scope for the current template: a partial used many times (or a fan of partials
    // that each use the next twice) is walked once per scope, not once per path to it.
    private readonly HashSet<string> _walked = new(StringComparer.Ordinal);

    public void Check(TemplateSource source, Type model)
    {
        _walked.Clear();
        Walk(source, [model], []);
    }

    /// <param name="chain">The partials being expanded; one that reaches itself is reported by <see cref="PartialCycleFinder"/>.</param>
    private void Walk(TemplateSource source, List<Type?> scopes, HashSet<string> chain)
    {
        var opened = new Stack<bool>(); // whether each open block pushed a scope
        foreach (var (kind, words, index) in TemplateTags.Scan(source))
        {
            var at = TemplateTags.Location(source, index);
            switch (kind)
            {
                case "#":
                    var helper = words[0];
                    var argument = words.ElementAtOrDefault(1);
                    if (ScopeHelpers.Contains(helper) && argument is not null)
                    {
                        var type = Resolve(argument, scopes, at);
                        scopes.Add(helper == "each" ? ElementType(type) : type);
                        opened.Push(true);
                        break;
                    }
                    if (TestHelpers.Contains(helper) && argument is not null)
                        Resolve(argument, scopes, at);
                    else
                        diagnostics.Error(DiagnosticIds.TemplateHelperUnknown, at, $"模板使用了未知的助手“{helper}”；可用的有 #if、#unless、#each、#with。");
                    opened.Push(false);
                    break;
                case "/":
                    if (opened.Count > 0 && opened.Pop())
                        scopes.RemoveAt(scopes.Count - 1);
                    break;
                case ">":
                    if (!partials.TryGetValue(words[0], out var partial))
                        diagnostics.Error(DiagnosticIds.TemplateRenderFailed, at,
                            $"引用了不存在的局部模板“{words[0]}”；{Available(partials)}。");
                    else if (_walked.Add(words[0] + "|" + string.Join("|", scopes.Select(t => t?.FullName))) && chain.Add(words[0]))
                    {
                        Walk(partial, [.. scopes], chain);
                        chain.Remove(words[0]);
                    }
                    break;
                default:
                    if (words[0] != "else")
                        Resolve(words[0], scopes, at);
                    break;
            }
        }
    }

    /// <summary>The type a path names in the current scope, or null (unknown: no further checks) after reporting.</summary>
    private Type? Resolve(string path, List<Type?> scopes, SourceLocation at)
    {
        if (path.StartsWith('@') && !path.StartsWith("@root", StringComparison.Ordinal))
            return typeof(object); // @index, @first, @last, @key
        var scope = scopes.Count - 1;
        if (path.StartsWith("@root", StringComparison.Ordinal))
        {
            scope = 0;
            path = path["@root".Length..].TrimStart('.', '/');
        }
        while (path.StartsWith("../", StringComparison.Ordinal))
        {
            scope = Math.Max(0, scope - 1);
            path = path[3..];
        }
        var type = scopes[scope];
        foreach (var segment in path.Split('.', '/').Where(s => s.Length > 0 && s != "this"))
        {
            if (type is null || type == typeof(object))
                return null;
            if (segment == "length" && ElementType(type) is not null)
                return typeof(int);
            // Handlebars.Net resolves member names without regard to case; so does this check.
            var property = ModelTypeProperties.Named(type, segment);
            if (property is null)
            {
                var known = ModelTypeProperties.Of(type).Select(p => p.Name);
                diagnostics.Error(DiagnosticIds.TemplateValueMissing, at, $"模板引用了不存在的值“{path}”；此处可用的值有：{string.Join("、", known)}。");
                return null;
            }
            type = property.PropertyType;
        }
        return type;
    }

    /// <summary>The partials a message can suggest instead of an unknown one.</summary>
    public static string Available(IReadOnlyDictionary<string, TemplateSource> partials) => partials.Count == 0
        ? $"模板目录中没有局部模板（{TemplateEngine.PartialsFolder}/*.hbs）"
        : "可用的有：" + string.Join("、", partials.Keys.Order(StringComparer.Ordinal));

    /// <summary>What <c>#each</c> over a value of this type sees: the item type of the model's lists, or null.</summary>
    private static Type? ElementType(Type? type) => type switch
    {
        { IsArray: true } => type.GetElementType(),
        { IsGenericType: true } when ListTypes.Contains(type.GetGenericTypeDefinition()) => type.GetGenericArguments()[0],
        _ => null,
    };

    // Named rather than found through GetInterfaces(), which the trimmer cannot follow for a property's type.
    private static readonly HashSet<Type> ListTypes =
        [typeof(IEnumerable<>), typeof(IReadOnlyList<>), typeof(IReadOnlyCollection<>), typeof(IList<>), typeof(ICollection<>), typeof(List<>)];
}
