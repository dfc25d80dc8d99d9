using System.Text.RegularExpressions;
using DocGen.Diagnostics;

namespace DocGen.Templates;

/// <summary>
/// Heading numbers are generated from structure (GB/T 9704 7.3.3); a template that types 一、 （一） 1. （1） at the
/// start of a heading or a line would print them twice or out of order after an edit.
/// </summary>
internal static partial class TypedNumberScanner
{
    public static void Scan(TemplateSource source, DiagnosticBag diagnostics)
    {
        for (var i = 0; i < source.Lines.Length; i++)
        {
            var match = TypedNumber().Match(source.Lines[i]);
            if (!match.Success)
                continue;
            var number = match.Groups["n"];
            diagnostics.Error(DiagnosticIds.TemplateTypesHeadingNumber, new SourceLocation(source.DisplayPath, i + 1, number.Index + 1),
                $"模板手写了序号“{number.Value}”：序号由 DocGen 按标题层级（## ### #### #####）自动生成，请删去。");
        }
    }

    // 一、 （一） and the broken forms real plans show (一) 一）(一)), or after a heading mark 1. 1、 （1）.
    [GeneratedRegex(@"^(?:#{1,6}[ \t]+)?(?<n>[(（]?[一二三四五六七八九十百]+[、)）]|(?<=#[ \t]*)(?:[0-9]+[.．、]|[(（][0-9]+[)）]))")]
    private static partial Regex TypedNumber();
}
