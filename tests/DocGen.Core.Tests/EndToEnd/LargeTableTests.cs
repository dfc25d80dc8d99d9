using DocGen.Tests.Support;

namespace DocGen.Tests.EndToEnd;

/// <summary>A 10,000-row task table builds within a fixed memory budget and gives a valid document.</summary>
public sealed class LargeTableTests
{
    // The whole build's managed heap may not grow past this. It completes under 64 MiB but not 48, now that each
    // document's Markdown is rendered when it is written and parsed a piece at a time, its long table a chunk at a time;
    // holding every document's Markdown and tree needed 160 MiB, and building each document whole in the Open XML DOM 705 MiB.
    private const long HeapLimitBytes = 80L * 1024 * 1024;

    [Fact]
    public void Ten_thousand_tasks_build_under_a_hard_heap_limit_into_a_valid_table()
    {
        // Given the sample grown to more than 10,000 tasks
        using var temp = new TempFolder();
        var tasks = LargeSet.Write(temp["set"], copiesPerTask: 159);
        Assert.True(tasks >= 10_000);

        // When docgen builds it in a process whose heap cannot grow past the limit (it fails with an
        // OutOfMemoryException, exit code 70, if it tries)
        var (exit, output) = RunDocGen(temp["set"], temp["out"]);

        // Then the build succeeds and the table holds a row per task plus the header, valid and in order
        Assert.True(exit == 0, output);
        using var table = new DocxReader(Path.Combine(temp["out"], "任务分工表.docx"));
        var rows = table.TaskTableRows();
        Assert.Equal(tasks + 1, rows.Count);
        Assert.Equal(tasks.ToString(System.Globalization.CultureInfo.InvariantCulture), DocxReader.RowTexts(rows[^1])[0]);
        Assert.Empty(table.ValidationErrors());
    }

    private static (int Exit, string Output) RunDocGen(string set, string output)
    {
        var (exit, printed, error) = ChildProcess.Run("dotnet",
            [Path.Combine(AppContext.BaseDirectory, "docgen.dll"), "build", set, "--out", output, "--templates", Repository.Templates, "--quiet"],
            TimeSpan.FromMinutes(10),
            new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = "0x" + HeapLimitBytes.ToString("X", System.Globalization.CultureInfo.InvariantCulture) });
        return (exit, printed + error);
    }
}
