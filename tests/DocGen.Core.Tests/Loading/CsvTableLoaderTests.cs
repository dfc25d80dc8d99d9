using DocGen.Diagnostics;
using DocGen.Loading;
using DocGen.Tests.Support;

namespace DocGen.Tests.Loading;

public sealed class CsvTableLoaderTests
{
    [Fact]
    public void Cells_know_their_physical_line_even_after_a_quoted_line_break()
    {
        using var temp = new TempFolder();
        var path = temp["t.csv"];
        File.WriteAllText(path, "\uFEFF序号,工作任务\n1,\"第一行\n第二行\"\n\n2,普通\n");
        var diagnostics = new DiagnosticBag();

        var table = new CsvTableLoader(diagnostics).Load(path, "t.csv", ["序号", "工作任务"]);

        Assert.NotNull(table);
        Assert.Empty(diagnostics.Items);
        Assert.Equal([2, 5], table.Rows.Select(r => r.Line));
        Assert.Equal(new SourceLocation("t.csv", 5, 2), table.Rows[1]["工作任务"].Location);
        Assert.Equal("第一行\n第二行", table.Rows[0]["工作任务"].Value);
    }

    [Fact]
    public void Accepts_tab_separated_files()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["t.csv"], "单位\t简称\n县教育局\t教育局\n");
        var table = new CsvTableLoader(new DiagnosticBag()).Load(temp["t.csv"], "t.csv", ["单位", "简称"]);
        Assert.Equal("教育局", table!.Rows[0]["简称"].Value);
    }

    [Fact]
    public void Reports_a_missing_column_by_name()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["t.csv"], "单位\n县教育局\n");
        var diagnostics = new DiagnosticBag();
        Assert.Null(new CsvTableLoader(diagnostics).Load(temp["t.csv"], "t.csv", ["单位", "简称"]));
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(DiagnosticIds.ColumnMissing, error.Id);
        Assert.Contains("“简称”", error.Message);
    }

    [Fact]
    public void Reports_a_stray_quote_at_the_record_it_starts()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["t.csv"], "单位,简称\n县教育局,教育局\n县\"商务局,商务局\n县公安局,公安局\n");
        var diagnostics = new DiagnosticBag();
        Assert.Null(new CsvTableLoader(diagnostics).Load(temp["t.csv"], "t.csv", ["单位", "简称"]));
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal("t.csv(3,1): error DG1003: 引号不配对：单元格内的英文双引号要写成两个（\"\"），或整格用英文双引号括起来。", error.ToString());
    }

    [Theory]
    [InlineData("单位,简称\n县教育局,教育局\n\"县商务局,商务局\n县公安局,公安局\n")]
    [InlineData("单位,简称\n县教育局,教育局\n\"县商务局,商务局\n县公安局,公安局")]
    [InlineData("单位,简称\n县教育局,教育局\n\"县商务局,商务局\n县公安局,公安局\n县民政局,民\"政局\n")]
    public void Reports_an_unclosed_quote_at_the_line_where_it_opens(string text)
    {
        // Given a quote opened on line 3 that runs on to the end of the file, or to a stray quote two lines later
        using var temp = new TempFolder();
        File.WriteAllText(temp["t.csv"], text);
        var diagnostics = new DiagnosticBag();

        // When the table is read
        Assert.Null(new CsvTableLoader(diagnostics).Load(temp["t.csv"], "t.csv", ["单位", "简称"]));

        // Then the error points at line 3, not the line after it
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal((DiagnosticIds.CsvMalformed, new SourceLocation("t.csv", 3, 1)), (error.Id, error.Location));
    }

    [Fact]
    public void A_header_of_fifty_thousand_columns_reads_within_bounds()
    {
        // Given a thousand tasks under a header that runs on for 50,000 extra columns, and one unknown lead unit
        using var temp = new TempFolder();
        LargeSet.Write(temp["set"], copiesPerTask: 16);
        var tasks = Path.Combine(temp["set"], "tasks.csv");
        var lines = File.ReadAllLines(tasks);
        lines[0] += string.Concat(Enumerable.Range(1, 50_000).Select(i => $",备注{i}"));
        var cells = lines[12].Split(',');
        cells[5] = "市场监督局";
        lines[12] = string.Join(",", cells);
        File.WriteAllLines(tasks, lines);

        // When it is checked in a process with a 256 MiB heap
        var (exit, output) = BoundedCheck.Run(temp["set"]);

        // Then the extra columns cost nothing per row and the unknown unit is reported at its cell
        Assert.True(exit == 1, output);
        Assert.Contains("tasks.csv(13,6): error DG2103: ", output);
    }
}
