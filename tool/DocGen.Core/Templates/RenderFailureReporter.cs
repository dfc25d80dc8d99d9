using System.Globalization;
using System.Text.RegularExpressions;
using DocGen.Diagnostics;
using HandlebarsDotNet;
using HandlebarsDotNet.Compiler;

namespace DocGen.Templates;

/// <summary>
/// Turns what stopped a render into a located Chinese diagnostic. Handlebars.Net names no line, wraps whatever a
/// partial throws in “Runtime error while rendering partial …, see inner exception”, and names helpers and partials
/// only in its English messages.
/// </summary>
internal sealed partial class RenderFailureReporter(TemplateSource template, IReadOnlyDictionary<string, TemplateSource> partials, TemplateBudget budget)
{
    private const string Helpers = "可用的有 #if、#unless、#each、#with。";

    public void Report(Exception thrown, object model, DiagnosticBag diagnostics)
    {
        var sources = partials.Values.Prepend(template);
        switch (Cause(thrown))
        {
            case TemplateBudgetExceededException exceeded:
                ReportBudget(exceeded, diagnostics);
                break;
            case HandlebarsUndefinedBindingException e when e.MissingKey.StartsWith('#') || e.MissingKey.StartsWith('/'):
                diagnostics.Error(DiagnosticIds.TemplateHelperUnknown, TemplateErrorLocator.Locate(sources, e.MissingKey, template),
                    $"模板使用了未知的块助手“{e.MissingKey.TrimStart('#', '/')}”；{Helpers}");
                break;
            case HandlebarsUndefinedBindingException e:
                var known = string.Join("、", ModelTypeProperties.Of(model.GetType()).Select(p => p.Name));
                diagnostics.Error(DiagnosticIds.TemplateValueMissing, TemplateErrorLocator.Locate(sources, e.MissingKey, template),
                    $"模板引用了不存在的值“{e.Path}”；此处可用的值有：{known}。");
                break;
            case HandlebarsRuntimeException e when Quoted(HelperMessage(), e.Message) is { } helper:
                diagnostics.Error(DiagnosticIds.TemplateHelperUnknown, TemplateErrorLocator.Locate(sources, helper, template),
                    $"模板使用了未知的助手“{helper.TrimStart('#')}”；{Helpers}");
                break;
            case HandlebarsRuntimeException e when Quoted(PartialMessage(), e.Message) is { } partial:
                diagnostics.Error(DiagnosticIds.TemplateRenderFailed, TemplateErrorLocator.Locate(sources, partial, template),
                    $"引用了不存在的局部模板“{partial}”；{TemplatePathChecker.Available(partials)}。");
                break;
            case var e:
                diagnostics.Error(DiagnosticIds.TemplateRenderFailed, new SourceLocation(template.DisplayPath, 1, 1),
                    $"模板“{template.Name}”无法生成：{ExceptionText.Of(e)}。请检查引用的局部模板 {{{{> 名称}}}} 和助手是否存在、参数是否正确。");
                break;
        }
    }

    private void ReportBudget(TemplateBudgetExceededException exceeded, DiagnosticBag diagnostics)
    {
        var limit = exceeded.TimeRanOut
            ? string.Create(CultureInfo.InvariantCulture, $"用时超过上限 {budget.Time.TotalSeconds:0.###} 秒")
            : string.Create(CultureInfo.InvariantCulture, $"输出超过上限 {budget.Bytes / 1_000_000.0:0.###} MB");
        var stopped = $"模板“{template.Name}”生成一份文件的{limit}，已停止。";
        var (at, message) = new LoopLocator(partials).Outermost(template) switch
        {
            { Depth: > 1 } loop => (loop.At, stopped + $"此处起嵌套了 {loop.Depth} 层 {{{{#each}}}}，每多一层，工作量就乘以条目数；请减少循环的嵌套。"),
            { } loop => (loop.At, stopped + "请减少这个 {{#each}} 循环输出的内容。"),
            null => (new SourceLocation(template.DisplayPath, 1, 1), stopped + "请减少模板输出的内容。"),
        };
        diagnostics.Error(DiagnosticIds.TemplateBudgetExceeded, at, message);
    }

    /// <summary>What a partial threw, out of the wrappers Handlebars.Net puts around it at each level.</summary>
    private static Exception Cause(Exception e)
    {
        while (e is HandlebarsRuntimeException { InnerException: { } inner })
            e = inner;
        return e;
    }

    private static string? Quoted(Regex pattern, string message) => pattern.Match(message) is { Success: true } m ? m.Groups[1].Value : null;

    // “… BlockHelper '#repeat'”
    [GeneratedRegex("[Hh]elper '([^']+)'")]
    private static partial Regex HelperMessage();

    // “Referenced partial name 'nowhere' could not be resolved. …”
    [GeneratedRegex("partial name '([^']+)'")]
    private static partial Regex PartialMessage();
}
