using Xunit.Abstractions;

namespace DocGen.Tests.Render;

/// <summary>tests/fonts/fonts.conf gives every font name DocGen writes a stand-in, and this machine resolves each to it.</summary>
public sealed class FontStandInsTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_font_name_DocGen_writes_has_a_stand_in_in_fonts_conf()
    {
        // Given the names the default font map writes into a document (styles and font table, alternative names too)
        var written = FontStandIns.Written;
        Assert.Contains("Times New Roman", written);
        Assert.Contains("FZXiaoBiaoSong-B05S", written);

        // When they are looked up among the aliases of tests/fonts/fonts.conf
        var undeclared = written.Where(name => !FontStandIns.Declared.TryGetValue(name, out var standIns) || standIns.Count == 0).ToList();

        // Then each has at least one stand-in family
        Assert.True(undeclared.Count == 0, "no stand-in in tests/fonts/fonts.conf for " + string.Join(", ", undeclared));
    }

    [SkippableFact]
    public void Every_font_name_DocGen_writes_resolves_to_its_stand_in()
    {
        // Given fc-match under the render tests' FONTCONFIG_FILE
        // When each written name is resolved
        var missing = FontStandIns.Missing();

        // Then it lands on one of its stand-ins: in CI a missing font fails here by name, elsewhere the test skips
        // and says which package to install
        RenderTools.Require(missing, "with every stand-in font");
        foreach (var name in FontStandIns.Written)
            output.WriteLine($"{name} → {FontStandIns.Resolve(name)} (stand-ins: {string.Join(", ", FontStandIns.Declared[name])})");
    }
}
