using DocGen.Cli.Preview;
using DocGen.Pipeline;
using DocGen.Tests.Support;

namespace DocGen.Tests.Render;

/// <summary><c>docgen build --pdf/--preview</c>: PDF and PNG pages next to the DOCX, or one clear line when LibreOffice is missing.</summary>
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

    [Fact]
    public void Without_LibreOffice_says_so_in_one_line_and_keeps_the_docx()
    {
        using var temp = new TempFolder();
        File.WriteAllBytes(temp["a.docx"], [1, 2, 3]);
        var (output, error) = (new StringWriter(), new StringWriter());

        var options = new BuildOptions("set", "set", "templates", "templates", temp.Path, "out");
        var ok = PreviewWriter.Write(options, ["a.docx"], png: true, force: false, output, error, searchPath: temp["no-tools"]);

        Assert.True(ok);
        Assert.Equal("未找到 LibreOffice（soffice），未生成 PDF 和预览图，DOCX 已照常写入；安装 libreoffice-writer 后可用 --pdf/--preview。", error.ToString().Trim());
        Assert.True(File.Exists(temp["a.docx"]));
        Assert.False(File.Exists(temp["a.pdf"]));
    }
}
