using DocGen.Tests.Support;

namespace DocGen.Tests.Cli;

/// <summary><c>docgen check</c> and <c>build</c> report a template folder's catalogue problems at the template's line.</summary>
[Collection("Console")]
public sealed class TemplateCatalogueCommandTests
{
    [Fact]
    public void Check_reports_an_unknown_model_at_its_line_in_the_front_matter()
    {
        // Given the set's own templates with a sixth whose front matter names a model that does not exist
        using var temp = new TempFolder();
        var set = Repository.CopySample(temp);
        var templates = Path.Combine(set, "templates");
        Repository.CopyFolder(Repository.Templates, templates);
        File.WriteAllText(Path.Combine(templates, "督查通报.md.hbs"), "{{!--\n文件: 督查通报.docx\n份数: 一份\n模型: 通报\n--}}\n# {{Campaign}}督查通报\n");

        // When the set is checked
        var (exit, _, error) = CliRunner.Run(temp.Path, "check", "set");

        // Then the value is reported at line 4, column 5, and nothing else
        Assert.Equal(1, exit);
        Assert.Equal(
            [$"{Path.Combine("set", "templates", "督查通报.md.hbs")}(4,5): error DG3014: “模型”的值“通报”无法识别；可用的有 set、unit、jurisdiction、change。", "1 个错误，0 个警告"],
            error.Trim().Split('\n'));
    }

    [Fact]
    public void Build_reports_a_template_without_front_matter_at_line_1_and_writes_nothing()
    {
        // Given a template folder with a document template that does not say what it produces
        using var temp = new TempFolder();
        var set = Repository.CopySample(temp);
        Repository.CopyFolder(Repository.Templates, temp["t"]);
        File.WriteAllText(temp["t/附件.md.hbs"], "# 附件\n\n正文\n");

        // When the set is built with that folder
        var (exit, _, error) = CliRunner.Run(temp.Path, "build", "set", "--templates", "t", "--out", "out");

        // Then the template is reported at its first line and no document is written
        Assert.Equal(1, exit);
        Assert.Contains($"{Path.Combine("t", "附件.md.hbs")}(1,1): error DG3012: 模板开头没有文件说明", error);
        Assert.False(Directory.Exists(temp["out"]) && Directory.GetFiles(temp["out"], "*.docx").Length > 0);
    }
}
