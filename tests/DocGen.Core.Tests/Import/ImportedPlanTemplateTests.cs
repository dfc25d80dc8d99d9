using System.Text.RegularExpressions;
using DocGen.Tests.EndToEnd;
using DocGen.Tests.Support;

namespace DocGen.Tests.Import;

/// <summary>
/// The plan's prose becomes the set's own plan template: the imported set, built with it, prints the source's
/// words with generated heading numbers, follows the manifest where the source named a fact, and keeps what it
/// could not place.
/// </summary>
public sealed partial class ImportedPlanTemplateTests(SampleOutputFixture sample) : IClassFixture<SampleOutputFixture>
{
    [Fact]
    public void Importing_the_sample_notice_and_building_again_prints_the_same_plan()
    {
        // Given the sample's 印发通知 imported into a set with its own templates
        using var temp = new TempFolder();
        var folder = ImportRunner.ImportComplete(temp, sample["印发通知.docx"]);

        // When that set is built with its own templates
        var rebuilt = ImportRunner.BuildWithOwnTemplates(folder, temp["out"]);

        // Then its plan reads paragraph for paragraph as the sample's own
        using var original = new DocxReader(sample["实施方案.docx"]);
        using var again = new DocxReader(Path.Combine(rebuilt, "实施方案.docx"));
        Assert.Equal(original.Paragraphs, again.Paragraphs);
        Assert.Empty(again.ValidationErrors());
    }

    [Fact]
    public void The_Wei_County_plan_rebuilds_in_its_own_words_with_generated_numbers_and_the_manifest_s_facts()
    {
        using var temp = new TempFolder();
        var folder = ImportRunner.ImportComplete(temp, Samples.File("wei-county-plan.txt"));
        var template = File.ReadAllText(Path.Combine(folder, "templates", "partials", "plan-body.hbs"));

        // No heading keeps a typed number: DocGen numbers them from the structure
        Assert.DoesNotMatch(TypedHeadingNumber(), template);
        Assert.Contains("全{{JurisdictionLevel}}", template);

        // The campaign named in the manifest is printed where the source named it
        var manifest = Path.Combine(folder, "manifest.yaml");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("工作名称: 创建国家食品安全示范城市", "工作名称: 创建省级食品安全示范县", StringComparison.Ordinal));
        using var plan = new DocxReader(Path.Combine(ImportRunner.BuildWithOwnTemplates(folder, temp["out"]), "实施方案.docx"));
        var paragraphs = plan.Paragraphs;

        Assert.Contains(paragraphs, p => p.StartsWith("一、指导思想", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻党的十九大", StringComparison.Ordinal));
        Assert.Contains("七、工作要求", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("（四）建立长效机制。将国家食品安全示范城市创建工作成效纳入", StringComparison.Ordinal));
        // (一)加强组织领导 has no 。 after its title in the source: printed run in with its words, as the source prints it
        Assert.Contains(paragraphs, p => p.StartsWith("（一）加强组织领导国家食品安全示范城市创建工作由县政府统一领导", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Contains("成立创建省级食品安全示范县工作领导小组", StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => p.Contains("成立创建国家食品安全示范城市工作领导小组", StringComparison.Ordinal));
        // Tasks and phases come from the tables: item 38 is numbered on across the 类别, as in the source
        Assert.Contains(paragraphs, p => p.StartsWith("38.其他创新举措。完善食品安全应急体系建设", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("（四）省验收阶段（2024年7月—12月）汇总梳理市评问题", StringComparison.Ordinal));
    }

    private const string MarkupPlan = """
        一、总体要求
        坚持*重点*突出、{{监管}}到位，做到 <b>表</b> | 里如一 # 1. 无遗漏 [见附件](x) \ 完。
        - 开头是短横的一段。
        ::: 开头是冒号的一段。
        二、重点任务
        （一）基础工作
        1.党政同责。落实责任（牵头单位：县委办；责任单位：县政府办）。另有一段没有写明分工的文字。
        三、工作步骤
        （一）部署阶段（2024年1月—2月）。部署。
        """;

    [Fact]
    public void Prose_that_looks_like_markup_prints_as_written_and_text_that_became_no_task_is_kept_in_a_comment()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["plan.txt"], MarkupPlan);
        var folder = ImportRunner.ImportComplete(temp, temp["plan.txt"]);
        var template = File.ReadAllText(Path.Combine(folder, "templates", "partials", "plan-body.hbs"));

        using var plan = new DocxReader(Path.Combine(ImportRunner.BuildWithOwnTemplates(folder, temp["out"]), "实施方案.docx"));

        Assert.Contains("坚持*重点*突出、{{监管}}到位，做到 <b>表</b> | 里如一 # 1. 无遗漏 [见附件](x) \\ 完。", plan.Paragraphs);
        Assert.Contains("- 开头是短横的一段。", plan.Paragraphs);
        Assert.Contains("::: 开头是冒号的一段。", plan.Paragraphs);
        Assert.Matches(@"\{\{!--[^}]*另有一段没有写明分工的文字。", template);
        Assert.DoesNotContain(plan.Paragraphs, p => p.Contains("另有一段", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"(?m)^#{1,6} *(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|[0-9]+[.．、]|[（(][0-9]+[）)])")]
    private static partial Regex TypedHeadingNumber();
}
