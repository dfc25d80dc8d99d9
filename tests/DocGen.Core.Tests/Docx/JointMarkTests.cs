using DocGen.Tests.Support;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocGen.Tests.Docx;

/// <summary>The 联合行文 标志 in the notice's XML (7.2.4): a borderless two-cell table, names stacked, 文件 centred beside them.</summary>
public sealed class JointMarkTests
{
    private const string Host = "威县人民政府办公室";

    [Fact]
    public void Two_offices_stack_in_one_cell_with_文件_centred_in_the_other()
    {
        using var temp = new TempFolder();
        using var notice = Build(temp, "威县市场监督管理局");
        var table = notice.Body.Elements<Table>().First();
        var cells = table.Descendants<TableCell>().ToList();
        Assert.Equal(2, cells.Count);
        Assert.Equal([Host, "威县市场监督管理局"], cells[0].Elements<Paragraph>().Select(p => p.InnerText));
        Assert.All(cells[0].Elements<Paragraph>(), p => Assert.Equal(JustificationValues.Distribute, p.ParagraphProperties!.Justification!.Val!.Value));
        Assert.Equal("文件", cells[1].InnerText);
        Assert.Equal(TableVerticalAlignmentValues.Center, cells[1].TableCellProperties!.TableCellVerticalAlignment!.Val!.Value);
        // short names keep their width; the table is no wider than the type area
        Assert.Empty(table.Descendants<CharacterScale>());
        Assert.True(int.Parse(table.GetFirstChild<TableProperties>()!.TableWidth!.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture) <= 8844);
        var errors = notice.ValidationErrors();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Names_too_long_beside_文件_are_condensed_to_the_type_area()
    {
        // 14 小初 characters (504 pt) beside 文件 do not fit 156 mm (442 pt)
        using var temp = new TempFolder();
        using var notice = Build(temp, "威县食品药品安全委员会办公室");
        var table = notice.Body.Elements<Table>().First();
        var scale = table.Descendants<CharacterScale>().Select(s => s.Val!.Value).Distinct().Single();
        Assert.InRange(scale, 60, 99);
        var width = table.Elements<TableGrid>().Single().Elements<GridColumn>().Sum(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.InRange(width, 8844 - 50, 8844);
    }

    private static DocxReader Build(TempFolder temp, string partner)
    {
        var set = temp["set"];
        Repository.CopyFolder(Repository.SampleSet, set);
        var manifest = Path.Combine(set, "manifest.yaml");
        File.WriteAllText(manifest, File.ReadAllText(manifest)
            .Replace($"发文机关: {Host}\n", $"发文机关: {Host}、{partner}\n", StringComparison.Ordinal)
            .Replace($"发文机关标志: {Host}文件", $"发文机关标志:\n  - {Host}\n  - {partner}文件", StringComparison.Ordinal));
        var result = SampleBuild.Build(set, temp["out"]);
        Assert.True(result.Succeeded, SampleBuild.Errors(result));
        return new DocxReader(Path.Combine(temp["out"], "印发通知.docx"));
    }
}
