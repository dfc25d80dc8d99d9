using DocGen.Diagnostics;
using DocGen.Pipeline;
using DocGen.Templates;
using DocGen.Tests.Support;

namespace DocGen.Tests.Templates;

/// <summary>A partial that reaches itself is reported at the <c>{{&gt;</c> that recurses, in Chinese, before rendering.</summary>
public sealed class TemplateRecursionTests
{
    // A build reads the catalogue too: the template declares a document, so only the loop is reported.
    private const string FrontMatter = "{{!--\n文件: 文.docx\n份数: 一份\n模型: set\n--}}\n";

    private sealed record Model(string Text);

    [Fact]
    public void A_partial_that_includes_itself_is_reported_at_that_include()
    {
        // Given a partial that includes itself, used by a template
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["partials"]);
        File.WriteAllText(temp["partials/a.hbs"], "开头\n再来 {{> a}}\n");
        File.WriteAllText(temp["doc.md.hbs"], FrontMatter + "# 标题\n\n{{> a}}\n");

        // When the templates are loaded and checked, as a build does, and the template rendered
        var diagnostics = new DiagnosticBag();
        var engine = new TemplateCache().Get(temp.Path, "t", diagnostics);
        var markdown = engine.Render("doc", new Model(""), "t", diagnostics);

        // Then one error points at the {{> a}} inside a.hbs, in Chinese, and nothing is rendered
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal($"{Path.Combine("t", "partials", "a.hbs")}(2,4): error DG3010: 局部模板“a”经 a → a 引用了自己，生成时会无限展开。请去掉这处 {{{{> a}}}}，或把要重复的内容写成不引用自己的局部模板。", error.ToString());
        Assert.Null(markdown);
    }

    [Fact]
    public void A_loop_through_two_partials_is_reported_at_the_include_that_closes_it()
    {
        // Given a → b → a, reached from a template
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["partials"]);
        File.WriteAllText(temp["partials/a.hbs"], "{{> b}}\n");
        File.WriteAllText(temp["partials/b.hbs"], "乙\n{{~> a}}\n");
        File.WriteAllText(temp["doc.md.hbs"], FrontMatter + "{{> a}}\n");

        // When they are loaded and checked
        var diagnostics = new DiagnosticBag();
        new TemplateCache().Get(temp.Path, "t", diagnostics);

        // Then the include of a in b is reported, naming the loop
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal((DiagnosticIds.TemplatePartialRecursive, new SourceLocation(Path.Combine("t", "partials", "b.hbs"), 2, 1)), (error.Id, error.Location));
        Assert.Contains("a → b → a", error.Message);
    }

    [Fact]
    public void A_partial_used_twice_without_a_loop_is_not_reported()
    {
        // Given a template that uses one partial twice, and a partial that uses another
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["partials"]);
        File.WriteAllText(temp["partials/a.hbs"], "{{> b}}{{> b}}\n");
        File.WriteAllText(temp["partials/b.hbs"], "{{Text}}\n");
        File.WriteAllText(temp["doc.md.hbs"], "{{> a}}{{> a}}\n");

        // When loaded and rendered
        var diagnostics = new DiagnosticBag();
        var markdown = TemplateEngine.Load(temp.Path, "t", diagnostics).Render("doc", new Model("甲"), "t", diagnostics);

        // Then it renders without complaint
        Assert.Empty(diagnostics.Items);
        Assert.Equal("甲\n甲\n\n甲\n甲\n\n\n", markdown);
    }
}
