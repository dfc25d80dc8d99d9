using DocGen.Tests.Support;

namespace DocGen.Tests.EndToEnd;

/// <summary>
/// Five nested <c>{{#each}}</c> over the sample's 63 tasks are a billion passes: docgen stops them at the template
/// budget with an error at the outermost loop, in a child process whose heap cannot grow past a limit. The budget is
/// lowered through DOCGEN_TEMPLATE_BUDGET (seconds,bytes) so the test takes seconds, not the default ten.
/// </summary>
public sealed class RunawayTemplateTests
{
    private const long HeapLimitBytes = 256L * 1024 * 1024;
    private const string Open = "{{#each Tasks}}{{#each @root.Tasks}}{{#each @root.Tasks}}{{#each @root.Tasks}}{{#each @root.Tasks}}";
    private const string Close = "{{/each}}{{/each}}{{/each}}{{/each}}{{/each}}";

    [Fact]
    public void Nested_loops_that_write_gigabytes_stop_at_the_output_budget()
    {
        // Given a plan template whose first line after its comments writes every task number 63⁵ times (about 2 GB)
        using var temp = new TempFolder();
        var templates = RunawayTemplates(temp, Open + "{{Number}}" + Close);

        // When docgen builds with a budget of 60 s and 2 MB
        var (exit, output) = RunDocGen(temp, templates, "60,2000000");

        // Then it stops with one error at the outermost loop of the plan template
        Assert.True(exit == 1, output);
        Assert.Contains($"plan.md.hbs({LoopLine},1): error DG3009: 模板“plan”生成一份文件的输出超过上限 2 MB，已停止。此处起嵌套了 5 层", output);
    }

    [Fact]
    public void Nested_loops_that_write_nothing_stop_at_the_time_budget()
    {
        // Given a plan template whose first line after its comments loops 63⁵ times without writing anything
        using var temp = new TempFolder();
        var templates = RunawayTemplates(temp, Open + Close);

        // When docgen builds with a budget of 1 s
        var (exit, output) = RunDocGen(temp, templates, "1,50000000");

        // Then it stops with one error at the outermost loop of the plan template
        Assert.True(exit == 1, output);
        Assert.Contains($"plan.md.hbs({LoopLine},1): error DG3009: 模板“plan”生成一份文件的用时超过上限 1 秒，已停止。", output);
    }

    // Below the front matter and the line that says what the plan template is.
    private static readonly int LoopLine = File.ReadAllLines(Path.Combine(Repository.Templates, "plan.md.hbs")).ToList().IndexOf("--}}") + 3;

    private static string RunawayTemplates(TempFolder temp, string line)
    {
        var templates = temp["t"];
        Repository.CopyFolder(Repository.Templates, templates);
        var plan = Path.Combine(templates, "plan.md.hbs");
        var lines = File.ReadAllLines(plan).ToList();
        lines.Insert(LoopLine - 1, line);
        File.WriteAllLines(plan, lines);
        return templates;
    }

    private static (int Exit, string Output) RunDocGen(TempFolder temp, string templates, string budget)
    {
        var set = Repository.CopySample(temp);
        var (exit, printed, error) = ChildProcess.Run("dotnet",
            [Path.Combine(AppContext.BaseDirectory, "docgen.dll"), "build", set, "--out", temp["out"], "--templates", templates, "--quiet"],
            TimeSpan.FromSeconds(60),
            new Dictionary<string, string>
            {
                ["DOTNET_GCHeapHardLimit"] = "0x" + HeapLimitBytes.ToString("X", System.Globalization.CultureInfo.InvariantCulture),
                ["DOCGEN_TEMPLATE_BUDGET"] = budget,
            });
        return (exit, printed + error);
    }
}
