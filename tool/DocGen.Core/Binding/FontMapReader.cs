using System.Xml;
using DocGen.Diagnostics;
using DocGen.Domain;
using DocGen.Loading;

namespace DocGen.Binding;

/// <summary>The manifest's <c>字体</c> entries over the GB/T 9704 defaults (many provinces mandate 方正仿宋_GBK etc.).</summary>
internal static class FontMapReader
{
    public static FontMap Read(Manifest manifest, DiagnosticBag diagnostics)
    {
        var fonts = FontMap.Standard;
        foreach (var entry in (manifest[ManifestFields.Fonts]?.Entries ?? []).Where(e => e.Value.Length > 0))
        {
            if (!FontMap.TryParseRole(entry.Key, out var role))
                diagnostics.Error(DiagnosticIds.ManifestValueNotAllowed, entry.Location,
                    $"字体角色“{entry.Key}”无法识别，可用的有：{string.Join("、", FontMap.RoleNames.Keys.Where(k => k[0] > 0x7F))}。");
            else if (entry.Value.Any(Unwritable))
                diagnostics.Error(DiagnosticIds.ManifestValueNotAllowed, entry.Location, UnwritableMessage(entry.Value));
            else
                fonts = fonts.With(role, entry.Value);
        }
        return fonts;
    }

    // The name is quoted without the invisible character, which is named by its code point instead.
    private static string UnwritableMessage(string name) =>
        $"字体名“{string.Concat(name.Where(c => !Unwritable(c)))}”中有不可见字符 U+{(int)name.First(Unwritable):X4}，" +
        "Word 文档中写不进这样的字体名；请删去它（多半是从别处复制来的），只写字体名本身。";

    /// <summary>
    /// A character a font name cannot hold: one XML cannot carry (the DOCX could not be written), or any other control
    /// character (in the <c>w:rFonts</c> attribute a tab or line break would be read back as a space).
    /// </summary>
    private static bool Unwritable(char c) => char.IsControl(c) || (!XmlConvert.IsXmlChar(c) && !char.IsSurrogate(c));
}
