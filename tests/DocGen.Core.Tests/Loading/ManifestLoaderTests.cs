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

    [Fact]
    public void A_tab_indent_is_reported_at_the_line_that_has_it()
    {
        // Given a list whose second item is indented with a tab (line 11 of the sample)
        var text = Sample().Replace("  - 县政府各部门", "\t- 县政府各部门", StringComparison.Ordinal);

        // When the manifest is loaded
        var error = Assert.Single(Load(text));

        // Then the error points at the tab itself, not at the item above it, and says what to do in Chinese
        Assert.Equal((DiagnosticIds.ManifestSyntax, 11, 1), (error.Id, error.Location!.Line, error.Location.Column));
        Assert.StartsWith("这一行用制表符（Tab）缩进", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tab_before_a_key_is_reported_at_its_line_even_where_YamlDotNet_says_1_1()
    {
        // Given a key with no value whose list items are indented with a tab (YamlDotNet reports 1,1 here)
        var text = Sample() + "抄送:\n\t- 县委办公室\n";

        // When the manifest is loaded
        var error = Assert.Single(Load(text));

        // Then the error is at the tab's line
        Assert.Equal((DiagnosticIds.ManifestSyntax, 35, 1), (error.Id, error.Location!.Line, error.Location.Column));
    }

    [Theory]
    [InlineData("辖区: *x", "别名“*x”前面没有锚点“&x”")]
    [InlineData("辖区: &x [*x]", "别名“*x”用在了锚点“&x”所标的值内部")]
    public void An_alias_error_is_reported_where_the_alias_is_used(string line, string message)
    {
        // Given the sample whose 辖区 line (24) uses an alias that cannot be resolved
        var text = Sample().Replace("辖区: 威县", line, StringComparison.Ordinal);

        // When the manifest is loaded
        var error = Assert.Single(Load(text));

        // Then the error is at the alias, not at the top of the file
        Assert.Equal((DiagnosticIds.ManifestSyntax, 24, line.IndexOf('*', StringComparison.Ordinal) + 1),
            (error.Id, error.Location!.Line, error.Location.Column));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Aliases_past_the_expansion_budget_are_reported_at_the_alias_that_passes_it()
    {
        // Given an anchored 100-character 附注 and a list of 1,500 aliases of it: 150,000 characters from aliases
        var text = Sample().Replace("附注: 此件公开发布", "附注: &a " + new string('此', 100), StringComparison.Ordinal)
            + "类别: [" + string.Join(", ", Enumerable.Repeat("*a", 1500)) + "]\n";

        // When the manifest is loaded
        var error = Assert.Single(Load(text));

        // Then the alias that passes 100,000 characters (the 1,001st, after the 5 characters "类别: [" and 1,000 times "*a, ")
        Assert.Equal((DiagnosticIds.ManifestSyntax, 34, 5 + (1000 * 4) + 1), (error.Id, error.Location!.Line, error.Location.Column));
        Assert.StartsWith("别名“*a”展开后", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nested_aliases_that_multiply_are_stopped_at_the_level_that_passes_the_budget()
    {
        // Given the classic "billion laughs": each level a list of ten aliases of the level before (10^9 values at l9)
        var levels = Enumerable.Range(1, 9).Select(i => $"l{i}: &l{i} [{string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 10))}]");
        var text = Sample() + "l0: &l0 哈哈哈哈哈哈哈哈哈哈\n" + string.Join("\n", levels) + "\n";

        // When the manifest is loaded
        var error = Assert.Single(Load(text), d => d.Severity == Severity.Error);

        // Then the error is on l4 (line 38), whose aliases of 1,000 characters each pass 100,000 characters in all
        Assert.Equal((DiagnosticIds.ManifestSyntax, 38), (error.Id, error.Location!.Line));
        Assert.StartsWith("别名“*l3”展开后", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_few_honest_aliases_are_expanded()
    {
        // Given 印发机关 written as an alias of 发文机关
        var text = Sample().Replace("发文机关: 威县", "发文机关: &issuer 威县", StringComparison.Ordinal)
            .Replace("印发机关: 威县人民政府办公室", "印发机关: *issuer", StringComparison.Ordinal);

        // When the manifest is loaded
        var diagnostics = new DiagnosticBag();
        var manifest = LoadManifest(text, diagnostics);

        // Then it holds the anchored text
        Assert.Empty(diagnostics.Items);
        Assert.Equal("威县人民政府办公室", manifest![ManifestFields.Printer]!.Text);
    }

    [Theory]
    [InlineData("发文机关: [a: b]", 4, 7)]
    [InlineData("发文机关:\n  a: b", 5, 3)]
    public void A_value_of_the_wrong_shape_is_reported_once_and_not_also_as_missing(string replacement, int line, int column)
    {
        // Given a required key whose value is a mapping where text is needed
        var text = Sample().Replace("发文机关: 威县人民政府办公室", replacement, StringComparison.Ordinal);

        // When the manifest is loaded
        var error = Assert.Single(Load(text));

        // Then the one error is DG1007 at the value; no DG1005 claims the key is missing
        Assert.Equal((DiagnosticIds.ManifestValueNotText, line, column), (error.Id, error.Location!.Line, error.Location.Column));
    }

    [Theory]
    [InlineData("发文机关: 威县\n\t错位: x\n")]
    [InlineData("发文机关: 威县\n发文机关: 威县\n")]
    [InlineData("发文机关: \"威县\n错位: x\n")]
    [InlineData("发文机关: *x\n")]
    [InlineData("发文机关: 威县\n  错位: y\n")]
    [InlineData("- 威县\n错位: x\n")]
    public void A_syntax_message_is_Chinese_and_ends_in_one_full_stop(string text)
    {
        // When a broken manifest is loaded
        var error = Assert.Single(Load(text));

        // Then its message ends in exactly one 。 with no English period before it
        Assert.Equal(DiagnosticIds.ManifestSyntax, error.Id);
        Assert.EndsWith("。", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(".。", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("。。", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Message.Count(c => c == '。'));
    }

    [Fact]
    public void A_second_YAML_document_is_reported_instead_of_being_ignored()
    {
        // Given a "---" (line 34) before one more key, which starts a second YAML document
        var error = Assert.Single(Load(Sample() + "---\n印发说明: 此件不公开\n"));

        // Then the error is at the second document's first line
        Assert.Equal((DiagnosticIds.ManifestSyntax, 35, 1), (error.Id, error.Location!.Line, error.Location.Column));
        Assert.StartsWith("这里开始了第二份 YAML 文档", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bracket_left_open_at_the_end_is_reported_at_the_line_that_opened_it()
    {
        // Given a last line that opens a list and never closes it (YamlDotNet notices only where the file ends)
        var error = Assert.Single(Load(Sample() + "印发说明: [县委办公室, 县政府办公室\n\n"));

        // Then the error is at the bracket on line 34
        Assert.Equal((DiagnosticIds.ManifestSyntax, 34, 7), (error.Id, error.Location!.Line, error.Location.Column));
        Assert.StartsWith("这一行的 [ 或 { 没有配对的 ] 或 }", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_key_is_named_at_its_second_line()
    {
        // When a manifest gives 附注 twice
        var error = Assert.Single(Load(Sample() + "附注: 此件不公开\n"));

        // Then the second one is reported, in Chinese
        Assert.Equal((DiagnosticIds.ManifestSyntax, 34, 1), (error.Id, error.Location!.Line, error.Location.Column));
        Assert.StartsWith("键“附注”写了两次", error.Message, StringComparison.Ordinal);
    }

    private static string Sample() => File.ReadAllText(Path.Combine(Repository.SampleSet, "manifest.yaml"));

    private static IReadOnlyList<Diagnostic> Load(string text)
    {
        var diagnostics = new DiagnosticBag();
        LoadManifest(text, diagnostics);
        return diagnostics.Items;
    }

    private static Manifest? LoadManifest(string text, DiagnosticBag diagnostics)
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["m.yaml"], text);
        return new ManifestLoader(diagnostics).Load(temp["m.yaml"], "m.yaml");
    }
}
