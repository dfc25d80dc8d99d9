using System.Text;
using DocGen.Binding;
using DocGen.Diagnostics;
using DocGen.Loading;
using DocGen.Tests.Support;

namespace DocGen.Tests.Loading;

/// <summary>Files as Excel/WPS on Chinese Windows write them: GB18030 without BOM, UTF-16 with BOM, UTF-8 with BOM.</summary>
public sealed class TextDecoderTests
{
    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string> Encodings => ["gb18030", "utf-16", "utf-16be", "utf-8-bom", "utf-8"];

    [Theory]
    [MemberData(nameof(Encodings))]
    public void The_sample_set_reads_the_same_in_every_encoding_offices_save(string name)
    {
        // Given the sample set re-saved in that encoding (tab-separated for UTF-16, as “Unicode 文本” is)
        using var set = new SetEditor();
        foreach (var file in Directory.GetFiles(set.Folder))
        {
            var text = File.ReadAllText(file, Encoding.UTF8);
            if (name.StartsWith("utf-16", StringComparison.Ordinal) && file.EndsWith(".csv", StringComparison.Ordinal))
                text = text.Replace(",", "\t", StringComparison.Ordinal);
            File.WriteAllBytes(file, Encode(text, name));
        }

        // When it is checked, Then it is as clean as the UTF-8 original and units resolve
        var diagnostics = new DiagnosticBag();
        var bound = new DocumentSetBinder(diagnostics).Bind(set.Folder, "set");
        Assert.Empty(diagnostics.Items);
        Assert.Equal("县市场监督管理局", bound!.Units.Find("市场监管局")!.Name);
        Assert.Equal("威政办〔2023〕1号", bound.Facts!.DocumentNumber.ToString());
    }

    [Fact]
    public void Bytes_that_decode_in_no_encoding_are_reported_at_their_line()
    {
        using var temp = new TempFolder();
        var utf8 = Encoding.UTF8.GetBytes("单位,简称\n县教育局,教育局\n");
        File.WriteAllBytes(temp["units.csv"], [.. utf8, 0x81, 0x20, 0x0A]); // 0x81 0x20 is neither UTF-8 nor GB18030
        var diagnostics = new DiagnosticBag();

        Assert.Null(TextDecoder.Read(temp["units.csv"], "units.csv", null, diagnostics));

        var error = Assert.Single(diagnostics.Items);
        Assert.Equal((DiagnosticIds.EncodingInvalid, 3), (error.Id, error.Location!.Line));
    }

    [Fact]
    public void A_forced_encoding_wins_over_detection()
    {
        using var temp = new TempFolder();
        File.WriteAllBytes(temp["a.csv"], Encoding.GetEncoding("GB18030").GetBytes("单位"));
        var text = TextDecoder.Read(temp["a.csv"], "a.csv", TextDecoder.ByName("gbk"), new DiagnosticBag());
        Assert.Equal("单位", text);
    }

    private static byte[] Encode(string text, string name) => name switch
    {
        "gb18030" => Encoding.GetEncoding("GB18030").GetBytes(text),
        "utf-16" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
        "utf-16be" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
        "utf-8-bom" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
        _ => Encoding.UTF8.GetBytes(text),
    };
}
