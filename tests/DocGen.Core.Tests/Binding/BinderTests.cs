using DocGen.Binding;
using DocGen.Diagnostics;
using DocGen.Tests.Support;

namespace DocGen.Tests.Binding;

/// <summary>Binding rules on small edits of the sample set; each asserts the diagnostic a user would see.</summary>
public sealed class BinderTests
{
    [Fact]
    public void An_alias_that_names_two_units_is_an_error_at_the_second()
    {
        var diagnostics = Bind(set => Append(set, "units.csv", "县市场监督管理局分局,市场监管局,是"));
        var error = Assert.Single(diagnostics.Items, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticIds.UnitAliasAmbiguous, error.Id);
        Assert.Contains("名称“市场监管局”同时指向“县市场监督管理局”", error.Message);
        Assert.Equal(2, error.Location!.Column);
    }

    [Fact]
    public void An_unknown_phase_is_reported_at_its_cell_with_the_known_phases()
    {
        var diagnostics = Bind(set => Append(set, "tasks.csv", "64,否决项,补充任务,1,补充一项任务。,县教育局,,2023年12月底前,验收阶段"));
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal((DiagnosticIds.PhaseUnknown, 65, 9), (error.Id, error.Location!.Line, error.Location.Column));
        Assert.Contains("安排部署阶段", error.Message);
    }

    [Fact]
    public void A_deadline_naming_a_date_that_does_not_exist_is_an_error_at_its_cell()
    {
        // Text with no date in it (尽快) is kept as written since issue 10; a date that cannot exist is still an error.
        var diagnostics = Bind(set => Append(set, "tasks.csv", "64,否决项,补充任务,1,补充一项任务。,县教育局,,2023年11月31日前,"));
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal((DiagnosticIds.DeadlineInvalid, 8), (error.Id, error.Location!.Column));
        Assert.Contains("“2023年11月31日前”", error.Message);
    }

    [Fact]
    public void Progress_from_a_unit_not_assigned_to_the_task_is_an_error()
    {
        var diagnostics = Bind(set => Append(set, "progress.csv", "1,县教育局,已完成,做了。,,"));
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(DiagnosticIds.ProgressUnitNotAssigned, error.Id);
        Assert.Equal(2, error.Location!.Column);
    }

    [Fact]
    public void An_invalid_status_is_an_error_listing_the_allowed_values()
    {
        var diagnostics = Bind(set => Append(set, "progress.csv", "6,县市场监督管理局,基本完成,做了。,,"));
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(DiagnosticIds.ProgressStatusInvalid, error.Id);
        Assert.Contains("已完成、推进中、未启动、合理缺项", error.Message);
    }

    [Fact]
    public void Unit_name_style_accepts_only_full_or_short()
    {
        var diagnostics = Bind(set => Append(set, "manifest.yaml", "单位名称写法: 缩写"));
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal((DiagnosticIds.ManifestValueNotAllowed, 34), (error.Id, error.Location!.Line));
    }

    [Fact]
    public void The_sample_binds_with_aliases_resolved_to_one_unit()
    {
        var diagnostics = new DiagnosticBag();
        var set = new DocumentSetBinder(diagnostics).Bind(Repository.SampleSet, "data");
        Assert.NotNull(set);
        Assert.Empty(diagnostics.Items);
        Assert.NotNull(set.Facts);
        Assert.Same(set.Units.Find("市场监管局"), set.Units.Find("县市场监督管理局"));
        Assert.All(set.Tasks, t => Assert.NotEmpty(t.Leads));
    }

    private static DiagnosticBag Bind(Action<string> edit)
    {
        using var temp = new TempFolder();
        var set = Repository.CopySample(temp);
        edit(set);
        var diagnostics = new DiagnosticBag();
        new DocumentSetBinder(diagnostics).Bind(set, "set");
        return diagnostics;
    }

    private static void Append(string set, string file, string line) => File.AppendAllText(Path.Combine(set, file), line + "\n");
}
