using System.Text;
using DocGen.Tests.Support;

namespace DocGen.Tests.EndToEnd;

/// <summary>Text from data can never change document structure: it is printed literally everywhere.</summary>
public sealed class HostileTextTests
{
    [Fact]
    public void Control_characters_bidi_overrides_and_long_unbroken_strings_still_give_valid_documents()
    {
        // Given task texts with C0 controls, a right-to-left override, a zero-width joiner and a 5,000-character word
        using var set = new SetEditor();
        var odd = "控制\u0001\u0007\u001B字符\u202E反向\u202C零宽\u200D连接" + new string('长', 5000);
        set.SetCell("tasks.csv", "1,", 4, odd).SetCell("tasks.csv", "2,", 4, new string('x', 3000));
        using var temp = new TempFolder();

        // When it is built
        var result = SampleBuild.Build(set.Folder, temp["out"]);

        // Then every document is valid and the text is there without the characters XML cannot carry
        Assert.True(result.Succeeded, SampleBuild.Errors(result));
        foreach (var file in Directory.GetFiles(temp["out"], "*.docx"))
        {
            using var docx = new DocxReader(file);
            Assert.Empty(docx.ValidationErrors());
        }
        using var table = new DocxReader(Path.Combine(temp["out"], "任务分工表.docx"));
        Assert.Contains("控制字符\u202E反向\u202C零宽\u200D连接" + new string('长', 5000), table.Text);
    }

    private const string Hostile = "1. # 标题 | 竖线 *星号* _下划线_ {{Issuer}} {{> colophon}} <w:p>标签</w:p> &amp; [链接](http://x) `代码` \\反斜杠 ::: redhead";

    [Fact]
    public void Task_text_full_of_Markdown_Handlebars_and_XML_metacharacters_appears_verbatim()
    {
        // Given task 1 whose text is nothing but metacharacters (quoted as CSV requires)
        using var temp = new TempFolder();
        var set = Repository.CopySample(temp);
        var path = Path.Combine(set, "tasks.csv");
        var lines = File.ReadAllLines(path);
        var cells = lines[1].Split(',');
        cells[4] = "\"" + Hostile.Replace("\"", "\"\"") + "\"";
        lines[1] = string.Join(",", cells);
        File.WriteAllLines(path, lines, new UTF8Encoding(false));

        // When the set is built
        var result = SampleBuild.Build(set, temp["out"]);
        Assert.True(result.Succeeded, SampleBuild.Errors(result));

        // Then the table cell, the plan paragraph and the lead unit's report carry the text unchanged, and the
        // table still has one row per task
        using (var table = new DocxReader(Path.Combine(temp["out"], "任务分工表.docx")))
        {
            var rows = table.TaskTableRows();
            Assert.Equal(lines.Length, rows.Count);
            Assert.Equal(Hostile, DocxReader.RowTexts(rows[1])[3]);
            Assert.Empty(table.ValidationErrors());
        }
        using (var plan = new DocxReader(Path.Combine(temp["out"], "实施方案.docx")))
            Assert.Contains(plan.Paragraphs, p => p.Contains(Hostile + "（牵头单位：", StringComparison.Ordinal));
        using (var notice = new DocxReader(Path.Combine(temp["out"], "印发通知.docx")))
        {
            Assert.Single(notice.ParagraphsWithStyle("GwRedHead"));
            Assert.Contains(notice.Paragraphs, p => p.Contains(Hostile, StringComparison.Ordinal));
        }
    }
}
