using DocGen.Diagnostics;
using DocGen.Docx;
using DocGen.Loading;

namespace DocGen.Pipeline;

/// <summary>The manifest's <c>字体</c> entries over the GB/T 9704 defaults (many provinces mandate 方正仿宋_GBK etc.).</summary>
internal static class FontMapReader
{
    public static FontMap Read(Manifest manifest, DiagnosticBag diagnostics)
    {
        var fonts = FontMap.Standard;
        foreach (var entry in (manifest[ManifestFields.Fonts]?.Entries ?? []).Where(e => e.Value.Length > 0))
        {
            if (FontMap.TryParseRole(entry.Key, out var role))
                fonts = fonts.With(role, entry.Value);
            else
                diagnostics.Error(DiagnosticIds.ManifestValueNotAllowed, entry.Location,
                    $"字体角色“{entry.Key}”无法识别，可用的有：{string.Join("、", FontMap.RoleNames.Keys.Where(k => k[0] > 0x7F))}。");
        }
        return fonts;
    }
}
