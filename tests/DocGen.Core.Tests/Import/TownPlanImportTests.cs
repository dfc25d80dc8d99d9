using DocGen.Diagnostics;

namespace DocGen.Tests.Import;

/// <summary>
/// The town plan (text and .docx): it names no units, so it gives no tasks yet, but its four 实施步骤 and its
/// title come back, with the inverted last phase kept as written for check to report (DG2201).
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
        Assert.Empty(set.Tasks);
        Assert.Contains(diagnostics.Items, d => d.Id == DiagnosticIds.ImportDocumentNumberMissing);
    }
}
