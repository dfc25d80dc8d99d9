using DocGen.Tests.Support;

namespace DocGen.Tests.Pipeline;

public sealed class FontMapReaderTests
{
    [Theory]
    [InlineData("\\x01", "0001")]
    [InlineData("\\0", "0000")]
    [InlineData("\\t", "0009")]
    [InlineData("\\uFFFF", "FFFF")]
    public void An_invisible_character_in_a_font_name_is_DG1008_at_its_entry_and_nothing_is_written(string escape, string codePoint)
    {
        // Given a 字体 entry whose name holds a character a w:rFonts attribute cannot keep (written as a YAML escape)
        using var set = new SetEditor().Append("manifest.yaml", $"字体:\n  仿宋: \"方正{escape}仿宋_GBK\"");
        using var temp = new TempFolder();

        // When the set is built from the command line
        var (exit, output, error) = CliRunner.Run(temp.Path, "build", set.Folder, "--out", "out", "--templates", Repository.Templates);

        // Then the entry's own line and column carry DG1008 naming the character, no internal error, no file written
        var printed = output + error;
        Assert.Equal(1, exit);
        Assert.Contains($"manifest.yaml(35,7): error DG1008: 字体名“方正仿宋_GBK”中有不可见字符 U+{codePoint}", printed);
        Assert.DoesNotContain("DG9001", printed);
        Assert.False(Directory.Exists(temp["out"]) && Directory.EnumerateFiles(temp["out"], "*.docx").Any());
    }
}
