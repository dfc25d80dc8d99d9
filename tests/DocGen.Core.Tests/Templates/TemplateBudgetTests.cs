using DocGen.Diagnostics;
using DocGen.Model;
using DocGen.Templates;
using DocGen.Tests.Support;

namespace DocGen.Tests.Templates;

/// <summary>
/// A render stops when it passes its budget and is reported at the outermost of the nested loops. The inputs stay
/// small enough that even a render without a budget would finish in a moment; EndToEnd/TemplateBudgetTests runs
/// the real runaway in a child process.
/// </summary>
public sealed class TemplateBudgetTests
{
    private sealed record Model(IReadOnlyList<string> Items);

    private static readonly Model Twenty = new([.. Enumerable.Range(1, 20).Select(i => "第" + i)]);

    [Fact]
    public void Output_past_the_byte_budget_stops_the_render_at_the_outermost_loop()
    {
        // Given four nested loops over 20 items that would write 160,000 values, and a 10 kB budget
        var template = "# 标题\n\n{{#each Items}}{{#each ../Items}}\n{{#each ../../Items}}{{#each ../../../Items}}{{this}}{{/each}}{{/each}}{{/each}}{{/each}}\n";

        // When it renders
        var (markdown, diagnostics) = Render(template, new TemplateBudget(TimeSpan.FromMinutes(1), 10_000));

        // Then it stops with an error at the outermost loop that names the template, the limit and the depth
        Assert.Null(markdown);
        var error = Assert.Single(diagnostics);
        Assert.Equal($"{Path.Combine("t", "doc.md.hbs")}(3,1): error DG3009: 模板“doc”生成一份文件的输出超过上限 0.01 MB，已停止。此处起嵌套了 4 层 {{{{#each}}}}，每多一层，工作量就乘以条目数；请减少循环的嵌套。", error.ToString());
    }

    [Fact]
    public void Loops_that_write_nothing_still_stop_when_the_time_runs_out_at_a_loop_inside_a_partial()
    {
        // Given five nested loops over 20 of a model's tasks that write nothing, three of them in a partial, and no time at all
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["partials"]);
        File.WriteAllText(temp["partials/inner.hbs"], "{{#each @root.Tasks}}{{#each @root.Tasks}}{{#each @root.Tasks}}{{/each}}{{/each}}{{/each}}");
        File.WriteAllText(temp["doc.md.hbs"], "# 标题\n\n正文\n\n  {{#each Tasks}}{{#each @root.Tasks}}{{> inner}}{{/each}}{{/each}}\n");
        var task = new TaskModel("1", "类别", "项目", "", "任务", "牵头", "责任", "时限", "阶段");
        var model = new ItemModel("项目", [.. Enumerable.Repeat(task, 20)]);

        // When it renders
        var diagnostics = new DiagnosticBag();
        var markdown = TemplateEngine.Load(temp.Path, "t", diagnostics, new TemplateBudget(TimeSpan.Zero, 1_000_000)).Render("doc", model, "t", diagnostics);

        // Then it stops on time, at the outermost loop, counting the partial's loops
        Assert.Null(markdown);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal((DiagnosticIds.TemplateBudgetExceeded, new SourceLocation(Path.Combine("t", "doc.md.hbs"), 5, 3)), (error.Id, error.Location));
        Assert.StartsWith("模板“doc”生成一份文件的用时超过上限 0 秒，已停止。此处起嵌套了 5 层", error.Message);
    }

    [Fact]
    public void A_render_within_its_budget_writes_exactly_what_it_would_without_one()
    {
        // Given two nested loops, an astral character and a line break, well within the budget
        var template = "{{#each Items}}{{#each ../Items}}{{this}}𠮷\r\n{{/each}}{{/each}}";

        // When it renders
        var (markdown, diagnostics) = Render(template, TemplateBudget.Default);

        // Then the text is the plain product of the loops
        Assert.Empty(diagnostics);
        Assert.Equal(string.Concat(Twenty.Items.SelectMany(_ => Twenty.Items, (_, item) => item + "𠮷\n")), markdown);
    }

    private static (string? Markdown, IReadOnlyList<Diagnostic> Diagnostics) Render(string template, TemplateBudget budget)
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["doc.md.hbs"], template);
        var diagnostics = new DiagnosticBag();
        var markdown = TemplateEngine.Load(temp.Path, "t", diagnostics, budget).Render("doc", Twenty, "t", diagnostics);
        return (markdown, diagnostics.Items);
    }
}
