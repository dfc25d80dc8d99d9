using DocGen.Tests.Support;

namespace DocGen.Tests.Import;

/// <summary>
/// Input import cannot use gives one clear Chinese error, exit 1 and no set folder; a folder that is not empty is
/// refused before anything is read (DG5003, exit 3).
/// </summary>
[Collection("Console")]
public sealed class ImportBadInputTests
{
    private const string Document = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>一、总则</w:t></w:r></w:p></w:body></w:document>";

    [Fact]
    public void A_corrupt_docx_is_an_error_and_nothing_is_written()
    {
        using var temp = new TempFolder();
        File.WriteAllBytes(temp["plan.docx"], [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0xFF, 0xFE, 0x00, 0x42, 0x42, 0x42]);

        var error = AssertRefused(temp, "plan.docx", "error DG6001");
        Assert.Contains("不是有效的 .docx 压缩包", error);
    }

    [Fact]
    public void A_text_file_named_docx_is_an_error()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["plan.docx"], "一、总则\n（一）牵头单位：县市场监管局");

        AssertRefused(temp, "plan.docx", "error DG6001");
    }

    [Fact]
    public void A_docx_that_declares_a_dtd_is_refused_without_expanding_it()
    {
        using var temp = new TempFolder();
        WordFixture.Write(temp["plan.docx"], WordFixture.Paragraph("一、总则"));
        WordFixture.ReplaceDocumentXml(temp["plan.docx"],
            "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
            + Document.Replace("一、总则", "一、总则&b;", StringComparison.Ordinal));

        var error = AssertRefused(temp, "plan.docx", "error DG6001");
        Assert.Contains("声明了 DTD", error);
    }

    [Fact]
    public void A_docx_with_an_external_entity_is_refused()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["secret.txt"], "牵头单位：秘密");
        WordFixture.Write(temp["plan.docx"], WordFixture.Paragraph("一、总则"));
        WordFixture.ReplaceDocumentXml(temp["plan.docx"],
            $"<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY x SYSTEM \"file://{temp["secret.txt"]}\">]>"
            + Document.Replace("一、总则", "一、总则&x;", StringComparison.Ordinal));

        var error = AssertRefused(temp, "plan.docx", "error DG6001");
        Assert.DoesNotContain("秘密", error);
    }

    [Fact]
    public void An_empty_file_is_an_error()
    {
        using var temp = new TempFolder();
        File.WriteAllBytes(temp["plan.txt"], []);

        AssertRefused(temp, "plan.txt", "error DG6002");
    }

    [Fact]
    public void A_docx_that_is_no_plan_is_an_error()
    {
        using var temp = new TempFolder();
        WordFixture.Write(temp["letter.docx"], WordFixture.Paragraph("各位同事："), WordFixture.Paragraph("本周五下午开会，请准时参加。"));

        AssertRefused(temp, "letter.docx", "error DG6002");
    }

    [Fact]
    public void A_text_far_larger_than_any_plan_is_refused_before_it_is_read()
    {
        using var temp = new TempFolder();
        using (var file = File.Create(temp["huge.txt"]))
            file.SetLength(50L * 1024 * 1024);

        AssertRefused(temp, "huge.txt", "error DG6001");
    }

    [Fact]
    public void A_broken_doc_file_is_refused_whether_or_not_LibreOffice_can_open_it()
    {
        // Four bytes of an OLE header: LibreOffice (when installed) reads them as text, which holds no plan
        using var temp = new TempFolder();
        File.WriteAllBytes(temp["plan.doc"], [0xD0, 0xCF, 0x11, 0xE0]);

        var error = AssertRefused(temp, "plan.doc", "plan.doc: error DG600");
        Assert.True(error.Contains("LibreOffice", StringComparison.Ordinal) || error.Contains("没有找到实施方案的结构", StringComparison.Ordinal), error);
    }

    [Fact]
    public void A_folder_that_is_not_empty_is_refused_and_left_untouched()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["mine"]);
        File.WriteAllText(Path.Combine(temp["mine"], "tasks.csv"), "my work");

        var (exit, _, error) = CliRunner.Run(temp.Path, "import", Samples.File("wei-county-plan.txt"), "--out", "mine");

        Assert.Equal(3, exit);
        Assert.Contains("error DG5003", error);
        Assert.Equal(["tasks.csv"], Directory.GetFiles(temp["mine"]).Select(Path.GetFileName));
    }

    private static string AssertRefused(TempFolder temp, string source, string expected)
    {
        var (exit, output, error) = CliRunner.Run(temp.Path, "import", source, "--out", "set");

        Assert.Equal(1, exit);
        Assert.Contains(expected, error);
        Assert.Contains("未写入任何文件", error);
        Assert.DoesNotContain("   at ", error);
        Assert.Equal("", output);
        Assert.False(Directory.Exists(temp["set"]));
        return error;
    }
}
