using System.Text.RegularExpressions;
using DocGen.Diagnostics;

namespace DocGen.Templates;

/// <summary>
/// Static checks of a template's text: heading numbers are generated from structure (GB/T 9704 7.3.3), so a
/// template that types 一、 （一） 1. （1） at the start of a heading or line would print them twice or out of order
/// after an edit; and <c>{{{ }}}</c> would let data change the document's structure.
/// </summary>
internal static partial class TemplateLinter
{
    public static void Scan(TemplateSource source, DiagnosticBag diagnostics)
    {
        for (var i = 0; i < source.Lines.Length; i++)
        {
            // {{{value}}} bypasses the Markdown escaping: data could then change the document's structure.
            var raw = source.Lines[i].IndexOf("{{{", StringComparison.Ordinal);
            if (raw >= 0)
                diagnostics.Error(DiagnosticIds.TemplateUnescapedValue, new SourceLocation(source.DisplayPath, i + 1, raw + 1),
                    "模板中不能用三重花括号 {{{ }}}：它跳过转义，数据中的 # | * 等符号会改变公文结构。请改用 {{ }}。");

            var match = TypedNumber().Match(source.Lines[i]);
            if (!match.Success)
                continue;
            var number = match.Groups["n"];
            diagnostics.Error(DiagnosticIds.TemplateTypesHeadingNumber, new SourceLocation(source.DisplayPath, i + 1, number.Index + 1),
                $"模板手写了序号“{number.Value}”：序号由 DocGen 按标题层级（## ### #### #####）自动生成，请删去。");
        }
    }

    /// <summary>Whether a template line starts with a number DocGen would generate (what <see cref="Scan"/> reports).</summary>
    public static bool TypesHeadingNumber(string line) => TypedNumber().IsMatch(line);

    // 一、 （一） and the broken forms real plans show (一) 一）(一)), or after a heading mark 1. 1、 （1）.
    [GeneratedRegex(@"^(?:#{1,6}[ \t]+)?(?<n>[(（]?[一二三四五六七八九十百]+[、)）]|(?<=#[ \t]*)(?:[0-9]+[.．、]|[(（][0-9]+[)）]))")]
    private static partial Regex TypedNumber();
}
