using DocGen.Diagnostics;
using DocGen.Templates;

namespace DocGen.Tests.Templates;

/// <summary>Each front-matter mistake is reported at its line and column, in Chinese, and the template declares nothing.</summary>
public sealed class FrontMatterReaderTests
{
    [Fact]
    public void Reads_a_unit_document_with_every_key()
    {
        var declaration = Read("{{!--\n文件: 自查报告-{{单位}}.docx\n份数: 每单位一份\n单位: 自查报告单位\n模型: unit\n版头: 无\n版记：有\n--}}\n# {{Title}}\n", out var diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Equal(("doc", "自查报告-{{单位}}.docx", DocumentCopies.PerReportingUnit, DocumentModelKind.UnitReport, false, true),
            (declaration!.Template, declaration.FileName.Text, declaration.Copies, declaration.Model, declaration.Redhead, declaration.Colophon));
        Assert.Equal(new SourceLocation(Path.Combine("t", "doc.md.hbs"), 2, 5), declaration.FileNameAt);
    }

    [Fact]
    public void A_template_without_front_matter_is_reported_at_line_1()
    {
        Read("# 标题\n\n正文\n", out var diagnostics);

        var error = Assert.Single(diagnostics.Items);
        Assert.Equal((DiagnosticIds.TemplateFrontMatterMissing, 1, 1), (error.Id, error.Location!.Line, error.Location.Column));
        Assert.Contains("模板开头没有文件说明", error.Message);
    }

    [Theory]
    [InlineData("{{!--\n文件: 通报.docx\n份数: 一份\n模型: set\n", "(1,1): error DG3013: 文件说明从这里的“{{!--”开始，但没有以单独一行的“--}}”结束。")]
    [InlineData("{{!--\n文件: 通报.docx\n份数: 一份\n模型: set\n  页数: 2\n--}}\n", "(5,3): error DG3013: 文件说明中的键“页数”无法识别；可用的键有 文件、份数、单位、模型、版头、版记。")]
    [InlineData("{{!--\n文件: 通报.docx\n文件: 简报.docx\n份数: 一份\n模型: set\n--}}\n", "(3,1): error DG3013: 文件说明中“文件”写了两次，请只留一个。")]
    [InlineData("{{!--\n文件: 通报.docx\n份数 一份\n模型: set\n--}}\n", "(3,1): error DG3013: 文件说明的每行应写成“键: 值”，如“文件: 督查通报.docx”，而不是“份数 一份”。")]
    [InlineData("{{!--\n文件: 通报.docx\n模型: set\n--}}\n", "(1,1): error DG3013: 文件说明缺少“份数”（“一份”“每单位一份”或“比较时”）。")]
    [InlineData("{{!--\n文件: 通报.docx\n份数: 一份\n模型: sett\n--}}\n", "(4,5): error DG3014: “模型”的值“sett”无法识别；可用的有 set、unit、jurisdiction、change。")]
    [InlineData("{{!--\n文件: 通报.doc\n份数: 一份\n模型: set\n--}}\n", "(2,5): error DG3014: 文件名“通报.doc”应以 .docx 结尾，如“督查通报.docx”。")]
    [InlineData("{{!--\n文件: 通报/{{辖区}}.docx\n份数: 一份\n模型: set\n--}}\n", "(2,7): error DG3014: 文件名中不能有“/”（Windows 和 Linux 的文件名都不允许 / \\ : * ? \" < > | 和控制字符）。")]
    [InlineData("{{!--\n文件: 通报-{{乡镇}}.docx\n份数: 一份\n模型: set\n--}}\n", "(2,8): error DG3014: 文件名中的“{{乡镇}}”不是可代入的值；可用的有 {{单位}}、{{辖区}}、{{辖区级别}}。")]
    [InlineData("{{!--\n文件: 通报-{单位}.docx\n份数: 一份\n模型: set\n--}}\n", "(2,8): error DG3014: 文件名中有单个花括号；要代入的值写成 {{单位}} 的样子（两对花括号）。")]
    [InlineData("{{!--\n文件: 通报.docx\n份数: 一份\n模型: set\n版头: 是\n--}}\n", "(5,5): error DG3014: “版头”的值“是”无法识别；可用的有 有、无。")]
    [InlineData("{{!--\n文件: 通报.docx\n份数: 每单位一份\n单位: 自查报告单位\n模型: unit\n--}}\n", "(2,5): error DG3014: 每单位一份的文件名要含 {{单位}}，否则各单位的文件同名，如“自查报告-{{单位}}.docx”。")]
    [InlineData("{{!--\n文件: 通报-{{单位}}.docx\n份数: 每单位一份\n单位: 自查报告单位\n模型: set\n--}}\n", "(5,5): error DG3014: 每单位一份的文件，模型应为 unit（UnitReportModel）。")]
    [InlineData("{{!--\n文件: 通报-{{单位}}.docx\n份数: 每单位一份\n模型: unit\n--}}\n", "(3,5): error DG3013: 每单位一份的文件要写明哪些单位：加一行“单位: 自查报告单位”。")]
    [InlineData("{{!--\n文件: 通报-{{单位}}.docx\n份数: 每单位一份\n单位: 全部单位\n模型: unit\n--}}\n", "(4,5): error DG3014: “单位”目前只能是“自查报告单位”（units.csv 中“自查报告”不为“否”且承担任务的单位），而不是“全部单位”。")]
    [InlineData("{{!--\n文件: 通报.docx\n份数: 一份\n单位: 全部单位\n模型: set\n--}}\n", "(4,5): error DG3014: “份数: 一份”的文件不按单位生成，请删去“单位”一行。")]
    public void A_bad_front_matter_is_reported_at_its_line(string template, string expected)
    {
        var declaration = Read(template, out var diagnostics);

        Assert.Null(declaration);
        Assert.Equal([Path.Combine("t", "doc.md.hbs") + expected], diagnostics.Items.Select(d => d.ToString()));
    }

    private static DocumentDeclaration? Read(string text, out DiagnosticBag diagnostics)
    {
        diagnostics = new DiagnosticBag();
        return new FrontMatterReader(new TemplateSource("doc", Path.Combine("t", "doc.md.hbs"), text), diagnostics).Read();
    }
}
