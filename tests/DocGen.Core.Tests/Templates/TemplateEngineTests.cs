using DocGen.Diagnostics;
using DocGen.Templates;
using DocGen.Tests.Support;

namespace DocGen.Tests.Templates;

public sealed class TemplateEngineTests
{
    private sealed record Model(string Text, IReadOnlyList<string> Items);

    [Fact]
    public void Escapes_every_value_so_Markdown_reads_it_literally()
    {
        var markdown = Render("{{Text}}", new Model("1. # a|b *c* {{d}} <e> & [f](g) \\h", []));
        Assert.Equal(@"1\. \# a\|b \*c\* \{\{d\}\} \<e\> \& \[f\]\(g\) \\h", markdown);
    }

    [Fact]
    public void Joins_line_breaks_inside_a_value_without_a_space()
    {
        Assert.Equal("第一行第二行", Render("{{Text}}", new Model("第一行\r\n第二行", [])));
    }

    [Fact]
    public void Reports_a_missing_value_at_its_template_line_and_column()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["doc.md.hbs"], "# 标题\n\n正文{{Missing}}\n");
        var diagnostics = new DiagnosticBag();
        var engine = TemplateEngine.Load(temp.Path, "t", diagnostics);

        Assert.Null(engine.Render("doc", new Model("", []), "t", diagnostics));

        var error = Assert.Single(diagnostics.Items);
        Assert.Equal($"{Path.Combine("t", "doc.md.hbs")}(3,3): error DG3002: 模板引用了不存在的值“Missing”；此处可用的值有：Text、Items。", error.ToString());
    }

    [Fact]
    public void Reports_an_unclosed_block_at_its_opening_tag()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["doc.md.hbs"], "# 标题\n\n{{#each Items}}\n{{this}}\n");
        var diagnostics = new DiagnosticBag();
        TemplateEngine.Load(temp.Path, "t", diagnostics);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(DiagnosticIds.TemplateSyntax, error.Id);
        Assert.Equal(new SourceLocation(Path.Combine("t", "doc.md.hbs"), 3, 1), error.Location);
    }

    [Fact]
    public void Reports_an_unknown_partial()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["doc.md.hbs"], "{{> nowhere}}\n");
        var diagnostics = new DiagnosticBag();
        Assert.Null(TemplateEngine.Load(temp.Path, "t", diagnostics).Render("doc", new Model("", []), "t", diagnostics));
        Assert.Equal(DiagnosticIds.TemplateRenderFailed, Assert.Single(diagnostics.Items).Id);
    }

    [Theory]
    [InlineData("## 一、指导思想", 4)]
    [InlineData("### （二）工作目标", 5)]
    [InlineData("### 一)安排部署阶段", 5)]
    [InlineData("#### 1.党政同责", 6)]
    [InlineData("二、工作要求", 1)]
    public void Reports_heading_numbers_typed_in_a_template(string line, int column)
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["doc.md.hbs"], "# 标题\n\n" + line + "\n");
        var diagnostics = new DiagnosticBag();
        TemplateEngine.Load(temp.Path, "t", diagnostics);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal((DiagnosticIds.TemplateTypesHeadingNumber, new SourceLocation(Path.Combine("t", "doc.md.hbs"), 3, column)), (error.Id, error.Location));
    }

    [Fact]
    public void Accepts_headings_and_text_that_merely_start_with_numerals()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["doc.md.hbs"], "## 指导思想\n\n一是加强领导。\n\n十分重要。\n\n#### {{Text}}\n");
        var diagnostics = new DiagnosticBag();
        TemplateEngine.Load(temp.Path, "t", diagnostics);
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void Rejects_triple_braces_that_would_skip_escaping()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["doc.md.hbs"], "# 标题\n\n正文{{{Text}}}\n");
        var diagnostics = new DiagnosticBag();
        TemplateEngine.Load(temp.Path, "t", diagnostics);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal((DiagnosticIds.TemplateUnescapedValue, 3, 3), (error.Id, error.Location!.Line, error.Location.Column));
    }

    [Fact]
    public void Reports_an_unknown_block_helper_by_name()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["doc.md.hbs"], "# 标题\n\n{{#repeat Items}}x{{/repeat}}\n");
        var diagnostics = new DiagnosticBag();
        Assert.Null(TemplateEngine.Load(temp.Path, "t", diagnostics).Render("doc", new Model("", []), "t", diagnostics));
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal((DiagnosticIds.TemplateHelperUnknown, 3), (error.Id, error.Location!.Line));
        Assert.Contains("“repeat”", error.Message);
    }

    private sealed record Outer(string Title, IReadOnlyList<Model> Rows, bool HasRows);

    [Fact]
    public void Checks_names_in_branches_the_data_never_reaches_and_inside_each_scopes()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["doc.md.hbs"], "# {{Title}}\n\n{{#if HasRows}}\n{{#each Rows}}\n{{Text}} {{Items.length}} {{../Title}} {{@index}} {{Missing}}\n{{/each}}\n{{else}}\n{{Nothing}}\n{{/if}}\n{{> absent}}\n");
        var diagnostics = new DiagnosticBag();
        var engine = TemplateEngine.Load(temp.Path, "t", diagnostics);

        engine.CheckNames(new Dictionary<string, Type> { ["doc"] = typeof(Outer) }, diagnostics);

        Assert.Equal(
            [(DiagnosticIds.TemplateValueMissing, 5, 51), (DiagnosticIds.TemplateValueMissing, 8, 1), (DiagnosticIds.TemplateRenderFailed, 10, 1)],
            diagnostics.Items.Select(d => (d.Id, d.Location!.Line, d.Location.Column)));
        Assert.Contains("此处可用的值有：Text、Items", diagnostics.Items[0].Message);
    }

    [Fact]
    public void Names_are_checked_without_regard_to_case_as_Handlebars_resolves_them()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["doc.md.hbs"], "# {{title}}\n\n{{#each rows}}{{text}}{{/each}}\n");
        var diagnostics = new DiagnosticBag();
        var engine = TemplateEngine.Load(temp.Path, "t", diagnostics);
        engine.CheckNames(new Dictionary<string, Type> { ["doc"] = typeof(Outer) }, diagnostics);
        Assert.Empty(diagnostics.Items);
        Assert.Equal("# 标题\n\n正文\n", engine.Render("doc", new Outer("标题", [new Model("正文", [])], true), "t", diagnostics));
    }

    [Fact]
    public void The_default_templates_use_only_names_their_models_have()
    {
        var diagnostics = new DiagnosticBag();
        // Loading through the cache checks each template's names against the model its front matter declares.
        var folder = new DocGen.Pipeline.TemplateCache().Load(Repository.Templates, "templates", diagnostics);
        Assert.Empty(diagnostics.Items);
        Assert.Equal(["jurisdiction-report", "notice", "plan", "table", "unit-report"], folder.Documents.Select(d => d.Template));
    }

    [Theory]
    [InlineData("{{#if Text Items}}x{{/if}}")] // “Invalid argument list for conditional block.”
    [InlineData("正文 {{ Text Items")] // “… was closed.” and “Occured at: 0:8” on lines of their own
    [InlineData("{{> nowhere}}")] // “Referenced partial name 'nowhere' could not be resolved. …”
    [InlineData("{{#with}}x{{/with}}")] // “{{with}} helper must have exactly one argument”
    public void Compile_and_render_failures_read_as_one_Chinese_sentence_ending_in_one_full_stop(string template)
    {
        // Given a template that Handlebars.Net refuses, when it is loaded and rendered
        using var temp = new TempFolder();
        File.WriteAllText(temp["doc.md.hbs"], template);
        var diagnostics = new DiagnosticBag();
        TemplateEngine.Load(temp.Path, "t", diagnostics).Render("doc", new Model("", []), "t", diagnostics);

        // Then each message is one line, ends in exactly one 。 and never in “.。”
        Assert.NotEmpty(diagnostics.Items);
        Assert.All(diagnostics.Items, d =>
        {
            Assert.EndsWith("。", d.Message);
            Assert.DoesNotContain(".。", d.Message);
            Assert.DoesNotContain("。。", d.Message);
            Assert.DoesNotContain("\n", d.Message);
        });
    }

    [Fact]
    public void An_unknown_partial_is_named_in_Chinese_at_its_line()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["doc.md.hbs"], "# 标题\n\n{{> nowhere}}\n");
        var diagnostics = new DiagnosticBag();
        Assert.Null(TemplateEngine.Load(temp.Path, "t", diagnostics).Render("doc", new Model("", []), "t", diagnostics));
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal($"{Path.Combine("t", "doc.md.hbs")}(3,1): error DG3004: 引用了不存在的局部模板“nowhere”；模板目录中没有局部模板（partials/*.hbs）。", error.ToString());
    }

    private static string? Render(string template, Model model)
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["doc.md.hbs"], template);
        var diagnostics = new DiagnosticBag();
        var result = TemplateEngine.Load(temp.Path, "t", diagnostics).Render("doc", model, "t", diagnostics);
        Assert.Empty(diagnostics.Items);
        return result;
    }
}
