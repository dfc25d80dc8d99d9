using DocGen.Binding;
using DocGen.Diagnostics;
using DocGen.Domain;
using DocGen.Tests.Support;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocGen.Tests.Cli;

/// <summary>The 调整说明 of <c>docgen diff --docx</c>: made from the change-note template, with the set's fonts, issuer and date.</summary>
[Collection("Console")]
public sealed class ChangeNoteTests
{
    private const string Rewording = "2,基础工作,党政同责,3,对各乡镇";

    [Fact]
    public void The_note_uses_the_set_s_fonts_and_is_signed_by_the_notice_s_issuer_on_its_date()
    {
        // Given two versions of the sample, the newer rewording task 2 and mandating the Founder GBK faces
        using var temp = new TempFolder();
        Repository.CopyFolder(Repository.SampleSet, temp["old"]);
        Repository.CopyFolder(Repository.SampleSet, temp["new"]);
        Reword(temp["new"]);
        File.AppendAllText(Path.Combine(temp["new"], "manifest.yaml"), "字体:\n  仿宋: 方正仿宋_GBK\n  小标宋: 方正小标宋_GBK\n");

        // When diff writes its note
        var (exit, _, error) = CliRunner.Run(temp.Path, "diff", "old", "new", "--docx", "调整说明.docx");

        // Then the note's styles carry the set's faces, the others keep the defaults, and the font table lists them
        Assert.True(exit == 0, error);
        using var note = new DocxReader(temp["调整说明.docx"]);
        Assert.Empty(note.ValidationErrors());
        var styles = note.Package.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        Assert.Equal("方正仿宋_GBK", styles["GwBody"].StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("方正小标宋_GBK", styles["GwTitle"].StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("黑体", styles["GwHeading1"].StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Contains("方正仿宋_GBK", note.Package.MainDocumentPart.FontTablePart!.Fonts!.Elements<Font>().Select(f => f.Name!.Value));

        // And it is signed by the notice's 发文机关 on its 成文日期, under the change the template words
        var facts = Facts(temp["new"]);
        Assert.Equal([facts.Issuer, ChineseDate.Format(facts.SignDate)], note.ParagraphsWithStyle("GwSignature").Select(p => p.InnerText).Where(t => t.Length > 0));
        Assert.Contains("第2项任务（党政同责）：工作任务内容有改动。", note.Paragraphs);
        Assert.Contains(note.Paragraphs, p => p.EndsWith("任务调整", StringComparison.Ordinal));
    }

    [Fact]
    public void The_note_template_is_never_built_as_a_document_of_the_set()
    {
        // Given the sample, whose own templates hold change-note.md.hbs
        using var temp = new TempFolder();
        var set = Repository.CopySample(temp);
        Assert.True(File.Exists(Path.Combine(set, "templates", "change-note.md.hbs")));

        // When it is built
        var (exit, _, error) = CliRunner.Run(temp.Path, "build", "set", "--out", "out");

        // Then no 调整说明 is among the documents, and nothing is said about the template
        Assert.True(exit == 0, error);
        Assert.DoesNotContain(Directory.GetFiles(temp["out"]), f => Path.GetFileName(f).StartsWith("调整说明", StringComparison.Ordinal));
        Assert.DoesNotContain("change-note", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_reports_a_name_the_note_s_model_does_not_have()
    {
        // Given the sample's note template using a value ChangeNoteModel lacks
        using var temp = new TempFolder();
        var set = Repository.CopySample(temp);
        var template = Path.Combine(set, "templates", "change-note.md.hbs");
        File.WriteAllText(template, File.ReadAllText(template).Replace("{{Issuer}}", "{{发文机关}}", StringComparison.Ordinal));

        // When the set is checked
        var (exit, _, error) = CliRunner.Run(temp.Path, "check", "set");

        // Then the name is reported in that template, as for any document's template
        Assert.Equal(1, exit);
        Assert.Contains($"{Path.Combine("set", "templates", "change-note.md.hbs")}(", error, StringComparison.Ordinal);
        Assert.Contains("error DG3002: 模板引用了不存在的值“发文机关”", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_set_whose_own_templates_predate_the_note_gets_the_built_in_one()
    {
        // Given two versions whose own templates have no change-note.md.hbs
        using var temp = new TempFolder();
        Repository.CopyFolder(Repository.SampleSet, temp["old"]);
        Repository.CopyFolder(Repository.SampleSet, temp["new"]);
        File.Delete(Path.Combine(temp["new"], "templates", "change-note.md.hbs"));
        Reword(temp["new"]);

        // When diff writes its note
        var (exit, _, error) = CliRunner.Run(temp.Path, "diff", "old", "new", "--docx", "说明.docx");

        // Then the built-in template words it
        Assert.True(exit == 0, error);
        using var note = new DocxReader(temp["说明.docx"]);
        Assert.Contains("第2项任务（党政同责）：工作任务内容有改动。", note.Paragraphs);
    }

    private static void Reword(string set)
    {
        var tasks = Path.Combine(set, "tasks.csv");
        File.WriteAllText(tasks, File.ReadAllText(tasks).Replace(Rewording, "2,基础工作,党政同责,3,对全县各乡镇", StringComparison.Ordinal));
    }

    private static DocumentFacts Facts(string set) => new DocumentSetBinder(new DiagnosticBag()).Bind(set, "set")!.Facts!;
}
