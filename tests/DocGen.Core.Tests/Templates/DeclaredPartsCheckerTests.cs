using DocGen.Diagnostics;
using DocGen.Pipeline;
using DocGen.Tests.Support;

namespace DocGen.Tests.Templates;

/// <summary>A template's 版头 and 版记 are what its front matter says, looking through the partials it includes.</summary>
public sealed class DeclaredPartsCheckerTests
{
    [Fact]
    public void Warns_of_a_redhead_the_front_matter_does_not_declare_and_a_declared_colophon_that_is_missing()
    {
        // Given a template whose partial has a 版头, declaring none, and declaring a 版记 it does not have
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["partials"]);
        File.WriteAllText(temp["partials/head.hbs"], "::: redhead\n{{IssuerMark}}\n:::\n");
        File.WriteAllText(temp["doc.md.hbs"], "{{!--\n文件: 通报.docx\n份数: 一份\n模型: set\n版记: 有\n--}}\n{{> head}}\n\n# 通报\n");

        // When the folder is loaded as a build does
        var diagnostics = new DiagnosticBag();
        new TemplateCache().Load(temp.Path, "t", diagnostics);

        // Then both are warned of, at the front matter's first line and at the 版记 line
        var doc = Path.Combine("t", "doc.md.hbs");
        Assert.Equal(
            [
                $"{doc}(1,1): warning DG3016: 模板（或其引用的局部模板）中有“::: redhead”，但文件说明没有写“版头: 有”；请在文件说明中写明。",
                $"{doc}(5,5): warning DG3016: 文件说明写了“版记: 有”，但模板及其引用的局部模板中没有“::: colophon”；请补上，或改为“版记: 无”。",
            ],
            diagnostics.Items.Select(d => d.ToString()));
    }
}
