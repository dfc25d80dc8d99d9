using DocGen.Diagnostics;
using DocGen.Tests.Support;

namespace DocGen.Tests.Loading;

public sealed class TableReaderTests
{
    [Fact]
    public void A_damaged_workbook_is_reported_once_for_all_the_tables_it_should_hold()
    {
        // Given a set whose units, phases and tasks should come from a workbook that is not a zip file at all
        using var set = new SetEditor();
        foreach (var file in new[] { "units.csv", "phases.csv", "tasks.csv" })
            File.Delete(set.PathOf(file));
        File.WriteAllBytes(set.PathOf("文件集.xlsx"), [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]);

        // When it is checked
        var diagnostics = set.Check();

        // Then the workbook is reported once, in one Chinese sentence, and no table is reported missing
        var error = Assert.Single(diagnostics, d => d.Id == DiagnosticIds.WorkbookUnreadable);
        Assert.Equal(Path.Combine("set", "文件集.xlsx"), error.Location!.ToString());
        Assert.EndsWith("。", error.Message);
        Assert.DoesNotContain(".。", error.Message);
        Assert.DoesNotContain(diagnostics, d => d.Id == DiagnosticIds.FileMissing);
    }
}
