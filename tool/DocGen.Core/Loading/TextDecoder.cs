using System.Text;
using DocGen.Diagnostics;

namespace DocGen.Loading;

/// <summary>
/// Reads a text file the way Excel/WPS on Chinese Windows writes it: a BOM decides (UTF-8, UTF-16 LE/BE); without
/// one, bytes that are valid UTF-8 are UTF-8, anything else is GB18030 (a superset of GBK and GB2312). Bytes that
/// still do not decode are reported at their line instead of turning into silent mojibake.
/// </summary>
public static class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Names accepted by <c>--encoding</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["utf-8", "gb18030", "gbk", "utf-16", "utf-16be"];

    public static Encoding? ByName(string name) => name.ToLowerInvariant() switch
    {
        "utf-8" or "utf8" => new UTF8Encoding(false),
        "gb18030" or "gbk" or "gb2312" => Encoding.GetEncoding("GB18030"),
        "utf-16" or "utf-16le" => Encoding.Unicode,
        "utf-16be" => Encoding.BigEndianUnicode,
        _ => null,
    };

    /// <returns>The text, or null after reporting undecodable bytes.</returns>
    public static string? Read(string path, string displayPath, Encoding? forced, DiagnosticBag diagnostics)
    {
        var bytes = File.ReadAllBytes(path);
        var (encoding, text) = forced is null ? Detect(bytes) : (forced, Decode(bytes, Preamble(bytes, forced), forced));
        var bad = text.IndexOf('\uFFFD', StringComparison.Ordinal);
        if (bad < 0)
            return text;
        var line = text.AsSpan(0, bad).Count('\n') + 1;
        diagnostics.Error(DiagnosticIds.EncodingInvalid, new SourceLocation(displayPath, line, 1),
            $"第{line}行有按 {encoding.WebName} 无法识别的字节：文件可能不是 UTF-8 或 GB18030（GBK）编码。请在 Excel/WPS 中另存为“CSV UTF-8”，或用 --encoding 指定编码。");
        return null;
    }

    /// <returns>The encoding chosen and the text as it decodes, so no file is decoded twice.</returns>
    private static (Encoding, string) Detect(byte[] bytes)
    {
        foreach (var bom in new Encoding[] { new UTF8Encoding(true), Encoding.Unicode, Encoding.BigEndianUnicode })
            if (bytes.AsSpan().StartsWith(bom.GetPreamble()))
                return (bom, Decode(bytes, bom.GetPreamble().Length, bom));
        // Whichever reads with fewer undecodable characters: a GBK file is full of invalid UTF-8, while a UTF-8 file
        // with one stray byte should be reported at that byte, not as GB18030 mojibake from line 1.
        var utf8 = Decode(bytes, 0, new UTF8Encoding(false));
        var utf8Errors = utf8.Count(c => c == '\uFFFD');
        if (utf8Errors == 0)
            return (new UTF8Encoding(false), utf8);
        var gb18030 = Encoding.GetEncoding("GB18030");
        var gb = Decode(bytes, 0, gb18030);
        return gb.Count(c => c == '\uFFFD') <= utf8Errors ? (gb18030, gb) : (new UTF8Encoding(false), utf8);
    }

    private static string Decode(byte[] bytes, int skip, Encoding encoding)
    {
        var decoding = (Encoding)encoding.Clone();
        decoding.DecoderFallback = new DecoderReplacementFallback("\uFFFD");
        return decoding.GetString(bytes, skip, bytes.Length - skip);
    }

    private static int Preamble(byte[] bytes, Encoding encoding)
    {
        var preamble = encoding.GetPreamble();
        if (encoding is UTF8Encoding)
            preamble = [0xEF, 0xBB, 0xBF];
        return preamble.Length > 0 && bytes.AsSpan().StartsWith(preamble) ? preamble.Length : 0;
    }
}
