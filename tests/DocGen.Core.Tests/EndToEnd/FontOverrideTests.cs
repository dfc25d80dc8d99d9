using DocGen.Tests.Support;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocGen.Tests.EndToEnd;

public sealed class FontOverrideTests
{
    [Fact]
    public void A_set_can_mandate_its_own_fonts_per_role()
    {
        // Given a province that mandates the Founder GBK faces
        using var set = new SetEditor().Append("manifest.yaml", "字体:\n  仿宋: 方正仿宋_GBK\n  黑体: 方正黑体_GBK");
        using var temp = new TempFolder();

        // When the set is built
        var result = SampleBuild.Build(set.Folder, temp["out"]);

        // Then body and level-1 headings use them, the others keep the GB/T 9704 defaults, and the font table lists them
        Assert.True(result.Succeeded, SampleBuild.Errors(result));
        using var docx = new DocxReader(Path.Combine(temp["out"], "实施方案.docx"));
        var styles = docx.Package.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        Assert.Equal("方正仿宋_GBK", styles["GwBody"].StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("方正黑体_GBK", styles["GwHeading1"].StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("楷体_GB2312", styles["GwHeading2"].StyleRunProperties!.RunFonts!.EastAsia!.Value);
        var fonts = docx.Package.MainDocumentPart.FontTablePart!.Fonts!.Elements<Font>().Select(f => f.Name!.Value).ToList();
        Assert.Contains("方正仿宋_GBK", fonts);
    }

    [Fact]
    public void An_unknown_font_role_is_an_error_at_its_line()
    {
        using var set = new SetEditor().Append("manifest.yaml", "字体:\n  行书: 华文行楷");
        using var temp = new TempFolder();
        var result = SampleBuild.Build(set.Folder, temp["out"], write: false);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("DG1008", 35), (error.Id, error.Location!.Line));
    }
}
