using System.Text;
using DocGen.Diagnostics;
using DocGen.Output;
using DocGen.Tests.Support;

namespace DocGen.Tests.Output;

public sealed class FileNamesTests
{
    [Theory]
    [InlineData("县", 300)]
    [InlineData("a", 300)]
    [InlineData("𠮷", 200)]
    public void A_long_unit_name_gives_a_report_name_whose_every_derived_name_fits_255_bytes(string letter, int count)
    {
        // Given a unit name far past the limit, in CJK (3 bytes), ASCII (1 byte) or astral (4 bytes, 2 UTF-16 units)
        var name = string.Concat(Enumerable.Repeat(letter, count));

        // When it becomes a report file name
        var file = FileNames.UnitReport(name);

        // Then the longest name derived from it, a page's temporary name, still fits in 255 bytes of UTF-8
        var stem = Path.GetFileNameWithoutExtension(file);
        var longest = $".{stem}-1000.png.abcdefgh.ijk.tmp";
        Assert.InRange(Encoding.UTF8.GetByteCount(longest), 200, FileNames.MaxBytes);
        Assert.EndsWith(".docx", file, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cut_never_splits_a_surrogate_pair()
    {
        // Given a name of astral characters preceded by one ASCII letter, so a cut by UTF-16 units would fall mid-pair
        var name = "x" + string.Concat(Enumerable.Repeat("𠮷", 100));

        // When it is cut to an odd number of bytes
        var safe = FileNames.Sanitize(name, 15);

        // Then it is whole characters only, and round-trips through UTF-8 unchanged
        Assert.Equal("x𠮷𠮷𠮷", safe);
        Assert.Equal(safe, Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(safe)));
    }

    [Fact]
    public void A_file_name_too_long_for_the_system_is_not_blamed_on_Word()
    {
        // Given a name of 300 bytes, past what Linux and Windows allow
        using var temp = new TempFolder();
        var diagnostics = new DiagnosticBag();

        // When it is written
        var written = new OutputWriter(temp.Path, "out", diagnostics).Write([(new string('a', 300) + ".docx", [1])]);

        // Then DG5001 says the name is too long, and does not ask whether the file is open in Word
        Assert.Empty(written);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(DiagnosticIds.OutputWriteFailed, error.Id);
        Assert.Contains("太长", error.Message);
        Assert.DoesNotContain("Word", error.Message);
        Assert.EndsWith("。", error.Message);
        Assert.DoesNotContain(".。", error.Message);
    }
}
