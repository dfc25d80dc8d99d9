using DocGen.Diagnostics;
using DocGen.Loading;
using DocGen.Tests.Support;

namespace DocGen.Tests.Loading;

public sealed class ManifestLoaderTests
{
    [Fact]
    public void Accepts_English_keys_and_lists_and_warns_about_unknown_keys()
    {
        using var temp = new TempFolder();
        var text = File.ReadAllText(Path.Combine(Repository.SampleSet, "manifest.yaml"))
            .Replace("发文字号:", "documentNumber:", StringComparison.Ordinal) + "\n签发人: 张三\n";
        File.WriteAllText(temp["m.yaml"], text);
        var diagnostics = new DiagnosticBag();

        var manifest = new ManifestLoader(diagnostics).Load(temp["m.yaml"], "m.yaml");

        Assert.Equal("威政办〔2023〕1号", manifest![ManifestFields.DocumentNumber]!.Text);
        Assert.Equal(["各乡镇人民政府", "县政府各部门", "各有关单位"], manifest[ManifestFields.Recipients]!.Items);
        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal((DiagnosticIds.ManifestKeyUnknown, Severity.Warning), (warning.Id, warning.Severity));
    }

    [Fact]
    public void Reports_missing_required_keys_and_YAML_syntax_errors_with_positions()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["a.yaml"], "发文机关: 威县人民政府办公室\n");
        File.WriteAllText(temp["b.yaml"], "发文机关: 威县\n  错位: [\n");
        var missing = new DiagnosticBag();
        var broken = new DiagnosticBag();

        new ManifestLoader(missing).Load(temp["a.yaml"], "a.yaml");
        new ManifestLoader(broken).Load(temp["b.yaml"], "b.yaml");

        Assert.Contains(missing.Items, d => d.Id == DiagnosticIds.ManifestKeyMissing && d.Message.Contains("发文字号", StringComparison.Ordinal));
        var syntax = Assert.Single(broken.Items);
        Assert.Equal(DiagnosticIds.ManifestSyntax, syntax.Id);
        Assert.True(syntax.Location!.Line >= 1);
    }
}
