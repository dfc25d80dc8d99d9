using DocGen.Binding;
using DocGen.Diagnostics;
using DocGen.Domain;
using DocGen.Tests.Support;

namespace DocGen.Tests.Binding;

/// <summary>联合行文 in the manifest: several offices in 发文机关, the 标志 written as it reads (7.2.4).</summary>
public sealed class JointIssueBindingTests
{
    private const string Host = "威县人民政府办公室";
    private const string Partner = "威县市场监督管理局";

    [Theory]
    [InlineData($"发文机关:\n  - {Host}\n  - {Partner}\n")]
    [InlineData($"发文机关: {Host}、{Partner}\n")]
    public void Several_offices_sign_in_order_and_the_host_prints(string issuer)
    {
        var facts = Bind(set => set.Replace("manifest.yaml", $"发文机关: {Host}\n", issuer));
        Assert.Equal([Host, Partner], facts.Issuers);
        Assert.Equal($"{Host}、{Partner}", facts.Issuer);
        // The sample names its 印发机关; without it the host prints the document (7.4.3)
        Assert.Equal(Host, Bind(set => set.Replace("manifest.yaml", $"发文机关: {Host}\n", issuer)
            .Replace("manifest.yaml", $"印发机关: {Host}\n", "")).Printer);
    }

    [Theory]
    [InlineData($"发文机关标志: {Host}、{Partner}文件", "文件")]
    [InlineData($"发文机关标志:\n  - {Host}\n  - {Partner}文件", "文件")]
    [InlineData($"发文机关标志:\n  - {Host}\n  - {Partner}", "")]
    public void A_joint_mark_stacks_the_names_and_keeps_文件_aside(string mark, string suffix)
    {
        var facts = Bind(set => set.Replace("manifest.yaml", $"发文机关标志: {Host}文件", mark));
        Assert.Equal([Host, Partner], facts.MarkLines.Names);
        Assert.Equal(suffix, facts.MarkLines.Suffix);
    }

    [Fact]
    public void One_office_keeps_its_mark_as_one_line()
    {
        var facts = Bind(_ => { });
        Assert.Equal([Host], facts.Issuers);
        Assert.Equal(new[] { $"{Host}文件" }, facts.MarkLines.Names);
        Assert.Equal("", facts.MarkLines.Suffix);
        Assert.False(facts.MarkLines.IsJoint);
    }

    private static DocumentFacts Bind(Action<SetEditor> edit)
    {
        using var set = new SetEditor();
        edit(set);
        var diagnostics = new DiagnosticBag();
        var bound = new DocumentSetBinder(diagnostics).Bind(set.Folder, "set");
        Assert.Empty(diagnostics.Items);
        return bound!.Facts!;
    }
}
