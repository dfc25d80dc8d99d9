using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocGen.Docx;

/// <summary>
/// Writes the package in fixed phases with fixed relationship ids, then re-zips it with fixed entry times so the
/// same document always gives the same bytes (System.IO.Packaging stamps the clock and random ids otherwise).
/// </summary>
internal static class DocxPackageWriter
{
    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Write(Body body, FontMap fonts, DocumentInfo info)
    {
        using var buffer = new MemoryStream();
        using (var package = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            // Stored, not deflated: Normalize compresses every entry once, so compressing here would be done twice.
            package.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed;
            // Phase 1: the main part under a fixed package relationship id.
            var main = package.AddNewPart<MainDocumentPart>(MainContentType, "rId1");
            main.Document = new Document(body);
            // Phase 2: styles, settings, fonts, footers, each with the id the section properties expect.
            main.AddNewPart<StyleDefinitionsPart>("rId1").Styles = StylesPartBuilder.Build(fonts);
            main.AddNewPart<DocumentSettingsPart>("rId2").Settings = PackageParts.Settings();
            main.AddNewPart<FontTablePart>("rId3").Fonts = PackageParts.FontTable(fonts);
            main.AddNewPart<FooterPart>(SectionBuilder.OddFooterId).Footer = PackageParts.PageNumberFooter(StyleIds.Footer);
            main.AddNewPart<FooterPart>(SectionBuilder.EvenFooterId).Footer = PackageParts.PageNumberFooter(StyleIds.FooterEven);
            // Phase 3: document properties from the document's own title and date, never the clock.
            using var core = package.AddNewPart<CoreFilePropertiesPart>("rId2").GetStream(FileMode.Create);
            info.WriteCoreProperties(core);
        }
        return Normalize(buffer.ToArray());
    }

    /// <summary>Copies every entry, in the package's own order, with a fixed timestamp.</summary>
    private static byte[] Normalize(byte[] package)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                var copy = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = EntryTime;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }
        return output.ToArray();
    }
}
