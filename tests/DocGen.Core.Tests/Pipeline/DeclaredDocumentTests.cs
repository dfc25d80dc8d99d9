using System.Text.Json;
using DocGen.Output;
using DocGen.Pipeline;
using DocGen.Tests.Support;

namespace DocGen.Tests.Pipeline;

/// <summary>A team adds a document by adding a template that declares it: no code names the documents of a set.</summary>
public sealed class DeclaredDocumentTests
{
    private const string Inspection = """
        {{!--
        文件: 督查通报.docx
        份数: 一份
        模型: set
        --}}
        # {{Issuer}}关于{{Campaign}}工作督查情况的通报

        全{{JurisdictionLevel}}共确定重点任务{{TaskCount}}项，现将督查情况通报如下。

        """;

    [Fact]
    public void A_sixth_template_with_front_matter_is_built_recorded_and_rebuilt_only_when_it_changes()
    {
        // Given the default templates and a sixth, 督查通报.md.hbs, in a folder of their own
        using var temp = new TempFolder();
        var templates = temp["t"];
        Repository.CopyFolder(Repository.Templates, templates);
        var inspection = Path.Combine(templates, "督查通报.md.hbs");
        File.WriteAllText(inspection, Inspection);

        // When the sample set is built with them, twice
        var first = Build(templates, temp["out"]);
        var second = Build(templates, temp["out"]);

        // Then the first build writes it beside the other 33, as a valid DOCX with its text, recorded in the ledger
        Assert.True(first.Succeeded, SampleBuild.Errors(first));
        Assert.Equal(34, first.Written.Count);
        Assert.Contains(("督查通报.docx", RebuildReason.New), first.Written);
        using (var docx = new DocxReader(Path.Combine(temp["out"], "督查通报.docx")))
        {
            Assert.Empty(docx.ValidationErrors());
            Assert.Contains("全县共确定重点任务63项，现将督查情况通报如下。", docx.Paragraphs);
        }
        using (var ledger = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp["out"], BuildLedger.FileName))))
            Assert.True(ledger.RootElement.TryGetProperty("督查通报.docx", out _));
        // and the second writes nothing
        Assert.Empty(second.Written);
        Assert.Contains("督查通报.docx", second.Skipped);

        // When its template changes, Then only it is rebuilt
        File.AppendAllText(inspection, "各单位要对照问题抓紧整改。\n");
        var third = Build(templates, temp["out"]);
        Assert.Equal([("督查通报.docx", RebuildReason.TemplatesChanged)], third.Written);
    }

    [Fact]
    public void A_template_removed_from_the_folder_is_no_longer_built()
    {
        // Given the default templates without the task table
        using var temp = new TempFolder();
        var templates = temp["t"];
        Repository.CopyFolder(Repository.Templates, templates);
        File.Delete(Path.Combine(templates, "table.md.hbs"));

        // When the sample set is checked with them
        var result = new BuildPipeline(new BuildOptions(Repository.SampleSet, "set", templates, "t", temp["out"], "out")).Render();

        // Then every document but the table is made
        Assert.True(result.Succeeded, SampleBuild.Errors(result));
        Assert.Equal(32, result.Documents.Count);
        Assert.DoesNotContain(result.Documents, d => d.FileName == "任务分工表.docx");
    }

    [Fact]
    public void Two_templates_that_name_one_file_are_reported_at_the_second_ones_file_line()
    {
        // Given a copy of the notice template under another name, still declaring 印发通知.docx
        using var temp = new TempFolder();
        var templates = temp["t"];
        Repository.CopyFolder(Repository.Templates, templates);
        File.Copy(Path.Combine(templates, "notice.md.hbs"), Path.Combine(templates, "通知副本.md.hbs"));

        // When the sample set is checked
        var result = new BuildPipeline(new BuildOptions(Repository.SampleSet, "set", templates, "t", temp["out"], "out")).Render();

        // Then the clash is reported at the 文件 value of the later template, and nothing is made
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal($"{Path.Combine("t", "通知副本.md.hbs")}(2,5): error DG3015: 模板“notice”和“通知副本”都生成“印发通知.docx”，后写的会覆盖先写的；请改其中一个的“文件”。", error.ToString());
        Assert.Empty(result.Documents);
    }

    [Fact]
    public void A_folder_without_templates_is_reported_once()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["t"]);

        var result = new BuildPipeline(new BuildOptions(Repository.SampleSet, "set", temp["t"], "t", temp["out"], "out")).Render();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("t: error DG3003: 模板目录“t”中没有模板（*.md.hbs），不会生成任何文件。请检查模板目录，或从仓库的 templates/ 复制一份。", error.ToString());
    }

    private static BuildResult Build(string templates, string output) =>
        new BuildPipeline(new BuildOptions(Repository.SampleSet, "set", templates, "t", output, "out")).Build();

    [Fact]
    public void Templates_copied_from_an_older_DocGen_without_front_matter_build_the_same_documents_with_one_warning_each()
    {
        // Given the default templates with their front matter taken out, as a set's copy made before templates declared themselves
        using var temp = new TempFolder();
        var templates = temp["old"];
        Repository.CopyFolder(Repository.Templates, templates);
        // The 调整说明's template came after front matter did: no old copy has it.
        File.Delete(Path.Combine(templates, "change-note.md.hbs"));
        foreach (var file in Directory.GetFiles(templates, "*.md.hbs"))
        {
            var text = File.ReadAllText(file);
            File.WriteAllText(file, text[(text.IndexOf("--}}\n", StringComparison.Ordinal) + 5)..]);
        }

        // When the sample is built with them and with the defaults
        var old = Build(templates, temp["out-old"]);
        var current = Build(Repository.Templates, temp["out-new"]);

        // Then the same files come out, byte for byte, and each old template is named once in a warning
        Assert.True(old.Succeeded, SampleBuild.Errors(old));
        var assumed = old.Diagnostics.Where(d => d.Id == DocGen.Diagnostics.DiagnosticIds.TemplateFrontMatterAssumed).ToList();
        Assert.Equal(5, assumed.Count);
        Assert.All(assumed, d => Assert.Equal((DocGen.Diagnostics.Severity.Warning, 1), (d.Severity, d.Location!.Line)));
        var files = Directory.GetFiles(temp["out-new"], "*.docx").Select(Path.GetFileName).Order().ToList();
        Assert.Equal(files, Directory.GetFiles(temp["out-old"], "*.docx").Select(Path.GetFileName).Order());
        foreach (var file in files)
            Assert.True(File.ReadAllBytes(Path.Combine(temp["out-old"], file!)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(temp["out-new"], file!))), file);
    }

    [Fact]
    public void The_declarations_assumed_for_old_copies_are_the_built_in_templates_own()
    {
        foreach (var (name, lines) in DocGen.Templates.FrontMatterReader.Legacy)
        {
            var text = File.ReadAllLines(Path.Combine(Repository.Templates, name + ".md.hbs"));
            Assert.Equal(lines, text.Skip(1).TakeWhile(l => l != "--}}"));
        }
        // Every built-in template but the 调整说明's, which came after front matter did.
        Assert.Equal(Directory.GetFiles(Repository.Templates, "*.md.hbs").Select(f => Path.GetFileName(f)[..^".md.hbs".Length]).Where(n => n != "change-note").Order(),
            DocGen.Templates.FrontMatterReader.Legacy.Keys.Order());
    }
}
