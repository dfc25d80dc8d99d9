using System.Globalization;
using DocGen.Loading;
using DocGen.Tests.Support;

namespace DocGen.Tests.EndToEnd;

/// <summary>
/// Manifests built to break the YAML reader end as one DG1004 at the offending place, within bounds. They run docgen
/// in a child process: a regression overflows the stack or the heap there, not in the test host.
/// </summary>
public sealed class HostileManifestTests
{
    // The sample set builds in far less; the alias bomb below wanted gigabytes before expansion had a budget.
    private const long HeapLimitBytes = 128L * 1024 * 1024;

    [Fact]
    public void Forty_thousand_nested_brackets_give_DG1004_at_the_bracket_past_the_depth_limit()
    {
        // Given 附注 (line 34) followed by 40,000 "[" (which overflowed YamlDotNet's recursive node builder: exit 134)
        using var set = new SetEditor().Append("manifest.yaml", "附注: " + new string('[', 40_000));

        // When docgen builds it
        var (exit, output) = RunDocGen(set.Folder);

        // Then one DG1004 names the bracket that opens one level too many (the document's mapping is the first level)
        Assert.True(exit == 1, Head(output));
        var column = "附注: ".Length + BoundedYamlParser.MaxDepth;
        Assert.Contains($"manifest.yaml(34,{column}): error DG1004: 清单嵌套超过 {BoundedYamlParser.MaxDepth} 层", output);
        Assert.True(output.Length < 2_000, Head(output));
    }

    [Fact]
    public void A_600_KB_manifest_of_aliases_is_stopped_at_the_alias_that_passes_the_budget_within_a_hard_heap_limit()
    {
        // Given a 1,000-character anchored 批准机关 (line 8) and 印发机关 (line 20) written as 150,000 aliases of it:
        // 150 million characters to print in the colophon
        using var set = new SetEditor()
            .Replace("manifest.yaml", "批准机关: 县人民政府", "批准机关: &a " + new string('此', 1_000))
            .Replace("manifest.yaml", "印发机关: 威县人民政府办公室", "印发机关: [" + string.Join(", ", Enumerable.Repeat("*a", 150_000)) + "]");
        Assert.True(new FileInfo(set.PathOf("manifest.yaml")).Length > 600_000);

        // When docgen builds it in a process whose heap cannot pass the limit
        var (exit, output) = RunDocGen(set.Folder);

        // Then it stops at the 101st alias (101,000 characters > 100,000), after "印发机关: [" and 100 times "*a, ",
        // with one short message instead of megabytes
        Assert.True(exit == 1, Head(output));
        Assert.Contains($"manifest.yaml(20,{"印发机关: [".Length + (100 * 4) + 1}): error DG1004: 别名“*a”展开后", output);
        Assert.True(output.Length < 2_000, Head(output));
    }

    // A regression printed a 40,000-line stack trace or a 5.8 MB message: show only its start.
    private static string Head(string output) => output.Length > 2_000 ? output[..2_000] : output;

    private static (int Exit, string Output) RunDocGen(string set)
    {
        using var temp = new TempFolder();
        var (exit, printed, error) = ChildProcess.Run("dotnet",
            [Path.Combine(AppContext.BaseDirectory, "docgen.dll"), "build", set, "--out", temp["out"], "--templates", Repository.Templates],
            TimeSpan.FromMinutes(2),
            new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = "0x" + HeapLimitBytes.ToString("X", CultureInfo.InvariantCulture) });
        return (exit, printed + error);
    }
}
