using System.Globalization;
using CsvHelper;
using DocGen.Diagnostics;

namespace DocGen.Tests.Import;

/// <summary>
/// The town plan (text and .docx): its title, its four 实施步骤 with the inverted last phase kept as written for
/// check to report (DG2201), and its eleven 创建任务, which name no units: imported without them, for a person
/// to assign, against Expected/town-plan-tasks.csv.
/// </summary>
public sealed class TownPlanImportTests
{
    [Theory]
    [InlineData("town-plan.txt")]
    [InlineData("town-plan.docx")]
    public void Reads_the_title_and_the_four_phases_as_written(string source)
    {
        var (set, diagnostics) = ImportRunner.Import(Samples.File(source));

        Assert.NotNull(set);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        Assert.Equal("XX镇落实创建省级食品安全示范县实施方案", set.Notice.PlanTitle);
        Assert.Equal(
            [
                ("动员部署阶段", "2024年5月", "2024年5月10日"),
                ("全面推进阶段", "2024年5月11日", "2024年6月"),
                ("自查整改阶段", "2024年7月", "2024年11月"),
                ("巩固提升阶段", "2024年12月", "2024年1月"),
            ],
            set.Phases.Select(p => (p.Name, p.Start, p.End)));
        Assert.Contains(diagnostics.Items, d => d.Id == DiagnosticIds.ImportDocumentNumberMissing);
    }

    [Theory]
    [InlineData("town-plan.txt")]
    [InlineData("town-plan.docx")]
    public void Imports_the_eleven_tasks_without_units_and_says_so_once(string source)
    {
        var (set, diagnostics) = ImportRunner.Import(Samples.File(source));
        var expected = ReadExpected();

        Assert.NotNull(set);
        Assert.Equal(11, expected.Count);
        Assert.Equal(
            expected.Select(e => (e.类别, e.项目, true, e.牵头单位, e.责任单位, e.完成时限)),
            expected.Zip(set.Tasks).Select(p => (p.Second.Category, p.Second.Item, p.Second.Text.StartsWith(p.First.工作任务开头, StringComparison.Ordinal),
                string.Join("、", p.Second.Leads), string.Join("、", p.Second.Partners), p.Second.Deadline)));
        Assert.Equal(expected.Count, set.Tasks.Count);
        Assert.Single(diagnostics.Items, d => d.Id == DiagnosticIds.ImportTasksUnassigned);
        Assert.DoesNotContain(diagnostics.Items, d => d.Id == DiagnosticIds.ImportLeadFromPartners);
    }

    private static List<ExpectedTask> ReadExpected()
    {
        using var reader = new StreamReader(Samples.Expected("town-plan-tasks.csv"));
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        return csv.GetRecords<ExpectedTask>().ToList();
    }

    private sealed record ExpectedTask(string 类别, string 项目, string 工作任务开头, string 牵头单位, string 责任单位, string 完成时限);
}
