using System.Text;
using DocGen.Tests.Support;

namespace DocGen.Tests.EndToEnd;

/// <summary>Characters outside the Basic Multilingual Plane (𠮷, 𠀋: two UTF-16 units each) go through whole.</summary>
public sealed class AstralTextTests
{
    // 25 characters, so two breaks, each of which fell inside a surrogate pair when breaks were counted in UTF-16 units.
    private const string Title = "威县𠮷𠀋𡈽𡌛𡑮𡢽𠮟𡚴𡸴𣇄𣗄𣜿𣝣𣳾𤟱𥒎𥔎𥝱𥧄𥶡𦫿工作实施方案";
    private const string Unit = "县𠮷农业农村局";

    [Fact]
    public void A_set_whose_title_and_a_unit_name_hold_astral_characters_builds_valid_documents_that_keep_them()
    {
        // Given the sample with astral characters in the plan title (so in the notice title that quotes it) and in a unit's name
        using var set = new SetEditor();
        set.Replace("manifest.yaml", "方案标题: 威县创建国家食品安全示范城市工作实施方案", "方案标题: " + Title);
        foreach (var file in Directory.GetFiles(set.Folder, "*.csv"))
            File.WriteAllText(file, File.ReadAllText(file).Replace("县农业农村局", Unit, StringComparison.Ordinal), new UTF8Encoding(false));
        using var temp = new TempFolder();

        // When it is built
        var result = SampleBuild.Build(set.Folder, temp["out"]);

        // Then every document is valid, no text holds half a character, and the titles and the unit's report keep them whole
        Assert.True(result.Succeeded, SampleBuild.Errors(result));
        foreach (var file in Directory.GetFiles(temp["out"], "*.docx"))
        {
            using var docx = new DocxReader(file);
            Assert.Empty(docx.ValidationErrors());
            Assert.True(WholePairs(docx.Text), file);
        }
        foreach (var document in new[] { "实施方案.docx", "印发通知.docx" })
        {
            using var docx = new DocxReader(Path.Combine(temp["out"], document));
            Assert.Contains("𠮷", docx.Text);
            Assert.Contains("𦫿", docx.Text);
        }
        var report = Assert.Single(Directory.GetFiles(temp["out"], "*" + Unit + "*.docx"));
        using (var docx = new DocxReader(report))
            Assert.Contains(Unit, docx.Text);
    }

    private static bool WholePairs(string text)
    {
        for (var i = 0; i < text.Length; i++)
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                i++;
            else if (char.IsSurrogate(text[i]))
                return false;
        return true;
    }
}
