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
        foreach (var entry in manifest[ManifestFields.Fonts]?.Entries ?? [])
        {
            if (entry.Value.Length == 0)
                continue;
            fonts = entry.Key switch
            {
                "小标宋" or "xiaobiaosong" => fonts with { XiaoBiaoSong = entry.Value },
                "仿宋" or "fangsong" => fonts with { FangSong = entry.Value },
                "黑体" or "heiti" => fonts with { HeiTi = entry.Value },
                "楷体" or "kaiti" => fonts with { KaiTi = entry.Value },
                "宋体" or "songti" => fonts with { SongTi = entry.Value },
                "西文" or "latin" => fonts with { Latin = entry.Value },
                _ => Unknown(entry, fonts, diagnostics),
            };
        }
        return fonts;
    }

    private static FontMap Unknown(ManifestEntry entry, FontMap fonts, DiagnosticBag diagnostics)
    {
        diagnostics.Error(DiagnosticIds.ManifestValueNotAllowed, entry.Location,
            $"字体角色“{entry.Key}”无法识别，可用的有：小标宋、仿宋、黑体、楷体、宋体、西文。");
        return fonts;
    }
}
