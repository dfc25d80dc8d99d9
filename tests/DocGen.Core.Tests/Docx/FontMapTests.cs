using DocGen.Diagnostics;
using DocGen.Docx;
using DocGen.Domain;
using DocGen.Markdown;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocGen.Tests.Docx;

/// <summary>The font map: GB/T 9704 defaults, every role overridable, and the override reaching styles and font table.</summary>
public sealed class FontMapTests
{
    [Fact]
    public void Every_role_can_be_replaced_without_touching_the_others()
    {
        foreach (var role in Enum.GetValues<FontRole>())
        {
            var map = FontMap.Standard.With(role, "某字体");
            Assert.Equal("某字体", map[role]);
            Assert.All(Enum.GetValues<FontRole>().Where(r => r != role), r => Assert.Equal(FontMap.Standard[r], map[r]));
        }
    }

    [Theory]
    [InlineData("仿宋", FontRole.FangSong)]
    [InlineData("FangSong", FontRole.FangSong)]
    [InlineData(" 小标宋 ", FontRole.XiaoBiaoSong)]
    [InlineData("黑体", FontRole.HeiTi)]
    [InlineData("kaiti", FontRole.KaiTi)]
    [InlineData("页码", FontRole.SongTi)]
    [InlineData("西文", FontRole.Latin)]
    public void Manifest_keys_name_roles_in_Chinese_or_English(string key, FontRole expected)
    {
        Assert.True(FontMap.TryParseRole(key, out var role));
        Assert.Equal(expected, role);
    }

    [Fact]
    public void Rejects_an_unknown_key() => Assert.False(FontMap.TryParseRole("隶书", out _));

    [Fact]
    public void An_override_reaches_every_style_of_its_role_and_the_font_table()
    {
        // Given an office that mandates the Founder GBK faces
        var fonts = FontMap.Standard.With(FontRole.FangSong, "方正仿宋_GBK").With(FontRole.HeiTi, "方正黑体_GBK");
        var markdown = new MarkdownParser().Parse("# 关于开展自查工作的通知\n\n## 基本情况\n\n正文。\n");

        // When a document is written with it
        var bytes = new DocxDocumentWriter(fonts).Write(markdown, "test.md", new DiagnosticBag());

        // Then body and level-1 styles name the override in the eastAsia slot, and the font table lists it
        Assert.NotNull(bytes);
        using var package = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var styles = package.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        Assert.Equal("方正仿宋_GBK", styles["GwBody"].StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("方正仿宋_GBK", styles["GwColophon"].StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("方正黑体_GBK", styles["GwHeading1"].StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("楷体_GB2312", styles["GwHeading2"].StyleRunProperties!.RunFonts!.EastAsia!.Value);
        var names = package.MainDocumentPart.FontTablePart!.Fonts!.Elements<Font>().Select(f => f.Name!.Value).ToList();
        Assert.Contains("方正仿宋_GBK", names);
        Assert.DoesNotContain("仿宋_GB2312", names);
    }
}
