using System.IO.Compression;
using System.Xml.Linq;
using DocGen.Tests.EndToEnd;
using DocGen.Tests.Support;

namespace DocGen.Tests.Golden;

/// <summary>
/// The sample set's notice and one unit report, built from <c>data/</c> with the repository's templates, byte for byte
/// as the snapshots under <c>Golden/Snapshots</c> record them (indented so a diff is readable). A mismatch writes a
/// <c>.received.xml</c> beside the snapshot; <c>DOCGEN_ACCEPT=1</c> rewrites the snapshots instead of comparing.
/// </summary>
public sealed class GoldenDocxTests(SampleOutputFixture sample) : IClassFixture<SampleOutputFixture>
{
    private static string SnapshotFolder => Path.Combine(Repository.Root, "tests", "DocGen.Core.Tests", "Golden", "Snapshots");

    [Theory]
    [InlineData("印发通知.docx", "word/document.xml")]
    [InlineData("印发通知.docx", "word/styles.xml")]
    [InlineData("自查报告-县教育局.docx", "word/document.xml")]
    [InlineData("自查报告-县教育局.docx", "word/styles.xml")]
    public void Sample_document_part_matches_its_snapshot(string document, string part)
    {
        // Given the sample set built with the default templates
        Assert.True(sample.Result.Succeeded, SampleBuild.Errors(sample.Result));

        // When the part is read and indented
        var actual = Normalised(sample[document], part);

        // Then it equals the snapshot
        var snapshot = Path.Combine(SnapshotFolder, $"{Path.GetFileNameWithoutExtension(document)}.{Path.GetFileName(part)}");
        var received = Path.ChangeExtension(snapshot, ".received.xml");
        if (Environment.GetEnvironmentVariable("DOCGEN_ACCEPT") == "1")
        {
            Directory.CreateDirectory(SnapshotFolder);
            File.WriteAllText(snapshot, actual);
            File.Delete(received);
            return;
        }
        Assert.True(File.Exists(snapshot), $"no snapshot {snapshot}: run with DOCGEN_ACCEPT=1 to create it");
        if (File.ReadAllText(snapshot) == actual)
        {
            File.Delete(received);
            return;
        }
        File.WriteAllText(received, actual);
        Assert.Fail($"{document} {part} differs from {snapshot}; see {received} (DOCGEN_ACCEPT=1 accepts it)");
    }

    /// <summary>The part's XML, one element a line: the bytes are deterministic, the indentation is for reviewers.</summary>
    private static string Normalised(string docx, string part)
    {
        using var zip = ZipFile.OpenRead(docx);
        var entry = zip.GetEntry(part) ?? throw new InvalidOperationException($"{docx} has no {part}");
        using var stream = entry.Open();
        return XDocument.Load(stream, LoadOptions.PreserveWhitespace).ToString(SaveOptions.None).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }
}
