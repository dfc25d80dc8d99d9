using DocGen.Cli.Preview;
using DocGen.Pipeline;
using DocGen.Tests.Support;

namespace DocGen.Tests.Render;

/// <summary><c>docgen build --pdf/--preview</c>: PDF and PNG pages next to the DOCX, or, when LibreOffice is missing, an error (DG5011) naming the package.</summary>
[Collection("Console")]
public sealed class PreviewWriterTests
{
    [SkippableFact]
    public void Build_with_preview_writes_a_pdf_and_png_pages_next_to_each_docx()
    {
        RenderedSampleFixture.RequireTools();
        // Given the sample set
        using var temp = new TempFolder();
        var set = Repository.CopySample(temp);

        // When it is built with --preview
        var (exit, output, error) = CliRunner.Run(temp.Path, "build", "set", "--out", "out", "--templates", Repository.Templates, "--preview");

        // Then every DOCX has its PDF, and the PDF's pages are PNG files named after it
        Assert.True(exit == 0, error);
        var docx = Directory.GetFiles(temp["out"], "*.docx");
        Assert.All(docx, d => Assert.True(File.Exists(Path.ChangeExtension(d, ".pdf")), $"no PDF for {Path.GetFileName(d)}"));
        var pages = PdfText.Read(Path.Combine(temp["out"], "印发通知.pdf")).Count;
        var png = Directory.GetFiles(temp["out"], "印发通知-*.png");
        Assert.Equal(pages, png.Length);
        Assert.All(png, p => Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, File.ReadAllBytes(p)[..4]));
        Assert.Contains($"已生成 {docx.Length} 个 PDF", output);
        Assert.False(Directory.Exists(Path.Combine(set, ".lo-profile")));
    }

    [SkippableFact]
    public void Preview_never_overwrites_a_foreign_pdf_nor_deletes_a_foreign_page_and_rewrites_its_own()
    {
        RenderedSampleFixture.RequireTools();
        // Given an output folder where someone keeps their own 实施方案.pdf and a page 实施方案-07.png
        using var temp = new TempFolder();
        Repository.CopySample(temp);
        Directory.CreateDirectory(temp["out"]);
        File.WriteAllText(temp["out/实施方案.pdf"], "signed scan");
        File.WriteAllText(temp["out/实施方案-07.png"], "my page");

        // When the set is built with --preview, twice
        var runs = Enumerable.Range(0, 2)
            .Select(_ => CliRunner.Run(temp.Path, "build", "set", "--out", "out", "--templates", Repository.Templates, "--preview"))
            .ToList();

        // Then both foreign files are byte-identical, only foreign names are reported (DG5004) each time, and the other
        // documents get their PDF and pages, rewritten the second time without complaint
        Assert.Equal("signed scan", File.ReadAllText(temp["out/实施方案.pdf"]));
        Assert.Equal("my page", File.ReadAllText(temp["out/实施方案-07.png"]));
        Assert.All(runs, run =>
        {
            Assert.Equal(3, run.ExitCode);
            var errors = run.Error.Split('\n').Where(l => l.Contains("error DG", StringComparison.Ordinal)).ToList();
            Assert.Contains(errors, l => l.StartsWith($"{Path.Combine("out", "实施方案.pdf")}: error DG5004", StringComparison.Ordinal));
            // The plan's own page 07, when it has one, meets the foreign page and is refused the same way.
            Assert.All(errors, l => Assert.Matches(@"^out/实施方案(\.pdf|-07\.png): error DG5004", l));
        });
        Assert.True(File.Exists(temp["out/印发通知.pdf"]));
        Assert.NotEmpty(Directory.GetFiles(temp["out"], "印发通知-*.png"));
        Assert.Empty(Directory.GetFiles(temp["out"], "*.tmp"));
    }

    [Fact]
    public void Without_LibreOffice_is_an_error_naming_the_package_and_keeps_the_docx()
    {
        using var temp = new TempFolder();
        File.WriteAllBytes(temp["a.docx"], [1, 2, 3]);
        var (output, error) = (new StringWriter(), new StringWriter());

        var options = new BuildOptions("set", "set", "templates", "templates", temp.Path, "out");
        var result = PreviewWriter.Write(options, ["a.docx"], png: true, force: false, output, error, searchPath: temp["no-tools"]);

        Assert.False(result.Ok);
        Assert.Equal("out: error DG5011: 未找到 LibreOffice（soffice），未生成 PDF 和预览图，DOCX 已照常写入；请安装 libreoffice-writer（Debian/Ubuntu：apt-get install libreoffice-writer）。",
            Assert.Single(result.Diagnostics).ToString());
        Assert.Empty(result.Written);
        Assert.Empty(error.ToString());
        Assert.True(File.Exists(temp["a.docx"]));
        Assert.False(File.Exists(temp["a.pdf"]));
    }
}
