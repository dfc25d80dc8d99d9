using DocGen.Cli.Preview;
using DocGen.Diagnostics;
using DocGen.Tests.Render;
using DocGen.Tests.Support;

namespace DocGen.Tests.Import;

/// <summary><c>docgen import</c> of .odt, .rtf, .doc and .wps: converted by LibreOffice, then read as the .docx it becomes.</summary>
[Collection("Console")]
public sealed class WordConversionTests
{
    [SkippableTheory]
    [InlineData("odt", "odt")]
    [InlineData("rtf", "rtf")]
    [InlineData("doc", "doc")]
    // WPS 文字 saves the Word 97 binary format under its own extension.
    [InlineData("doc", "wps")]
    public void A_plan_saved_in_another_word_format_imports_to_the_same_set_as_its_docx(string format, string extension)
    {
        // Given the Wei County plan saved by LibreOffice as .odt/.rtf/.doc, the way an office's older files come
        RenderTools.Require(RenderTools.Soffice is null ? "soffice not found" : null, "the import conversion test");
        using var temp = new TempFolder();
        var profile = new Uri(temp["lo-profile"]).AbsoluteUri;
        RenderTools.Run(RenderTools.Soffice!, [$"-env:UserInstallation={profile}", "--headless", "--convert-to", format, "--outdir", temp["saved"],
            Samples.File("wei-county-plan.docx")], TimeSpan.FromMinutes(3));
        File.Move(temp[$"saved/wei-county-plan.{format}"], temp[$"plan.{extension}"]);
        File.Copy(Samples.File("wei-county-plan.docx"), temp["plan.docx"]);

        // When both are imported
        var converted = CliRunner.Run(temp.Path, "import", $"plan.{extension}", "--out", "from-" + extension);
        var original = CliRunner.Run(temp.Path, "import", "plan.docx", "--out", "from-docx");

        // Then the tables are the same, messages name the file the office has, and nothing is left beside it
        Assert.True(converted.ExitCode == 0, converted.Error);
        Assert.Equal(0, original.ExitCode);
        foreach (var table in new[] { "tasks.csv", "phases.csv", "units.csv" })
            Assert.Equal(File.ReadAllText(temp[Path.Combine("from-docx", table)]), File.ReadAllText(temp[Path.Combine("from-" + extension, table)]));
        Assert.Contains($"plan.{extension}", converted.Error);
        Assert.DoesNotContain("plan.docx", converted.Error);
        Assert.Equal(new[] { $"plan.{extension}", "plan.docx" }.Order(StringComparer.Ordinal),
            Directory.GetFiles(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Without_LibreOffice_a_doc_is_refused_with_the_package_to_install_and_nothing_is_converted()
    {
        // Given a .doc source and a search path that holds no LibreOffice
        using var temp = new TempFolder();
        File.WriteAllBytes(temp["plan.doc"], [0xD0, 0xCF, 0x11, 0xE0]);
        var diagnostics = new DiagnosticBag();
        using var scratch = new ScratchFolder();

        // When it is prepared for import
        var sources = WordConverter.Convert([(temp["plan.doc"], "plan.doc")], scratch, diagnostics, searchPath: temp["no-tools"]);

        // Then it is an error naming the package, and the scratch folder stays empty
        Assert.Null(sources);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal("plan.doc: error DG6001: 导入 .doc 文件需要 LibreOffice（soffice），本机未找到：请安装 libreoffice-writer（Debian/Ubuntu：apt-get install libreoffice-writer），或在 Word/WPS 中另存为 .docx 再导入。",
            error.ToString());
        Assert.Empty(Directory.EnumerateFileSystemEntries(scratch.Path));
    }

    [Fact]
    public void Docx_and_text_sources_are_passed_through_untouched()
    {
        var diagnostics = new DiagnosticBag();
        using var scratch = new ScratchFolder();
        IReadOnlyList<(string, string)> sources = [("a.docx", "a.docx"), ("b.txt", "b.txt")];

        Assert.Same(sources, WordConverter.Convert(sources, scratch, diagnostics, searchPath: "/nonexistent"));
        Assert.Empty(diagnostics.Items);
    }
}
