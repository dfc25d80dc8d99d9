using DocGen.Diagnostics;
using DocGen.Tests.Support;

namespace DocGen.Tests.Import;

/// <summary>A count the prose states for the list right after it, checked against the items listed (DG6107).</summary>
public sealed class ListCountTests
{
    private const string Plan = """
        一、工作目标
        培育6大产业：粮食加工、肉类加工、乳制品、果蔬、饮品。
        实施五大工程：一是放心粮油工程；二是放心肉菜工程；三是放心乳品工程；四是放心餐饮工程；五是放心校园工程。
        落实三项制度（首问负责、限时办结、责任追究）。
        做到四个方面：（1）早发现；（2）早报告；（3）早处置。
        严格落实“四个最严”要求，深入贯彻党的十九大精神。
        二、工作步骤
        （一）部署阶段（2024年1月—2月）。部署。
        """;

    [Fact]
    public void Reports_a_stated_count_that_differs_from_the_list_after_it_and_nothing_else()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["plan.txt"], Plan);

        var (_, diagnostics) = ImportRunner.Import(temp["plan.txt"]);

        var found = diagnostics.Items.Where(d => d.Id == DiagnosticIds.ImportListCountMismatch).ToList();
        Assert.Equal(2, found.Count);
        Assert.Equal((2, 3), (found[0].Location!.Line, found[0].Location!.Column));
        Assert.Contains("“6大产业”", found[0].Message);
        Assert.Contains("列了 5 项", found[0].Message);
        Assert.Equal(5, found[1].Location!.Line);
        Assert.Contains("“四个方面”", found[1].Message);
        Assert.Contains("列了 3 项", found[1].Message);
        Assert.All(found, d => Assert.Equal(Severity.Warning, d.Severity));
    }
}
