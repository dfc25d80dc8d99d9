using DocGen.Pipeline;
using DocGen.Tests.Support;

namespace DocGen.Tests.Templates;

/// <summary>
/// The built-in templates suit any campaign: their prose uses only model values. The food-safety wording and targets
/// of the sample's campaign live in the sample set's own templates (data/templates), so the sample builds as it did.
/// </summary>
public sealed class NeutralTemplateTests
{
    /// <summary>Words of the sample's plan prose, not of its tasks (those name targets such as 98%以上 too).</summary>
    private static readonly string[] SampleCampaignWords = ["国家食品安全示范城市评价与管理办法", "稳定在98%以上", "关于食品安全工作的重要指示批示精神", "支持创建、参与创建", "确保各项创建任务"];

    [Fact]
    public void The_sample_set_builds_with_its_own_templates_and_keeps_its_campaign_s_wording()
    {
        using var temp = new TempFolder();
        var plan = PlanText(Repository.SampleSet, Path.Combine(Repository.SampleSet, "templates"), temp["out"]);

        Assert.All(SampleCampaignWords, words => Assert.Contains(words, plan, StringComparison.Ordinal));
    }

    [Fact]
    public void The_built_in_templates_print_no_campaign_s_standards_for_the_sample_nor_for_the_town_plan()
    {
        using var temp = new TempFolder();
        foreach (var set in new[] { Repository.SampleSet, TownPlan(temp) })
        {
            var plan = PlanText(set, Repository.Templates, temp["out-" + Path.GetFileName(set)]);
            Assert.All(SampleCampaignWords, words => Assert.DoesNotContain(words, plan, StringComparison.Ordinal));
            Assert.Contains("一、指导思想", plan, StringComparison.Ordinal);
        }
        // The town's plan, for a province's 示范县, names no national city's criteria at all (the sample's own data does)
        Assert.DoesNotContain("示范城市", PlanText(TownPlan(temp), Repository.Templates, temp["out-town-again"]), StringComparison.Ordinal);
    }

    [Fact]
    public void The_sample_s_own_templates_differ_from_the_built_in_ones_only_in_the_plan_body()
    {
        // Any other difference would be a copy drifting from the template it was copied from.
        var own = Path.Combine(Repository.SampleSet, "templates");
        var files = Directory.GetFiles(Repository.Templates, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Repository.Templates, f)).Order().ToList();
        Assert.Equal(files, Directory.GetFiles(own, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(own, f)).Order());
        var differing = files.Where(f => File.ReadAllText(Path.Combine(own, f)) != File.ReadAllText(Path.Combine(Repository.Templates, f))).ToList();
        Assert.Equal([Path.Combine("partials", "plan-body.hbs")], differing);
    }

    private static string PlanText(string set, string templates, string output)
    {
        var result = new BuildPipeline(new BuildOptions(set, "set", templates, "templates", output, "out")).Build();
        Assert.True(result.Succeeded, SampleBuild.Errors(result));
        using var plan = new DocxReader(Path.Combine(output, "实施方案.docx"));
        return plan.Text;
    }

    /// <summary>The town plan's case with its one mistake mended (a last phase ending before it starts), so it builds.</summary>
    private static string TownPlan(TempFolder temp)
    {
        var set = temp["town-plan"];
        Repository.CopyFolder(Path.Combine(Repository.Root, "tests", "cases", "town-plan"), set);
        var phases = Path.Combine(set, "phases.csv");
        File.WriteAllText(phases, File.ReadAllText(phases).Replace("2024年12月,2024年1月", "2024年12月,2025年1月", StringComparison.Ordinal));
        return set;
    }
}
