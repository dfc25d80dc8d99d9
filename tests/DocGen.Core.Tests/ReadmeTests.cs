using System.Reflection;
using DocGen.Diagnostics;
using DocGen.Loading;
using DocGen.Rules;
using DocGen.Tests.Support;

namespace DocGen.Tests;

/// <summary>README is the user's reference: every diagnostic id, rule and manifest key must be in it.</summary>
public sealed class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));

    [Fact]
    public void Lists_every_diagnostic_id()
    {
        var ids = typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!);
        Assert.All(ids, id => Assert.Contains($"| {id} |", Readme));
    }

    [Fact]
    public void Lists_every_rule_of_the_catalogue() =>
        Assert.All(RuleCatalog.All.SelectMany(r => r.Ids).Concat(DocGen.Binding.BindingIds.All), rule => Assert.Contains($"| {rule.Id} |", Readme));

    [Fact]
    public void Lists_every_manifest_key_in_Chinese_and_English() =>
        Assert.All(ManifestFields.All, f => Assert.Contains($"| `{f.ChineseKey}` | `{f.Id}` |", Readme));
}
