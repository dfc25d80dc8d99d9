using System.IO.Compression;
using DocGen.Domain;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocGen.Docx;

/// <summary>
/// Every part of a document package except the body and the document properties is the same for every document of
/// a font map: the Open XML SDK builds that package once (content types, relationships with fixed ids, styles,
/// settings, fonts, footers), and each document copies its entries and streams in only what differs.
/// </summary>
internal sealed class PackageSkeleton
{
    public const string DocumentEntry = "word/document.xml";
    public const string CorePropertiesEntry = "docProps/core.xml";
    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    private PackageSkeleton(IReadOnlyList<(string Name, byte[]? Content)> entries) => Entries = entries;

    /// <summary>The package's entries in the SDK's own order; null content marks the body and the document properties.</summary>
    public IReadOnlyList<(string Name, byte[]? Content)> Entries { get; }

    public static PackageSkeleton Build(FontMap fonts, IReadOnlyList<OfficeHeaderImage>? images = null)
    {
        using var buffer = new MemoryStream();
        using (var package = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            package.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed;
            // Fixed relationship ids: the SDK would pick random ones (PITFALLS.md), and the sections refer to the footers'.
            var main = package.AddNewPart<MainDocumentPart>(MainContentType, "rId1");
            main.Document = new Document(new Body());
            main.AddNewPart<StyleDefinitionsPart>("rId1").Styles = StylesPartBuilder.Build(fonts);
            main.AddNewPart<DocumentSettingsPart>("rId2").Settings = PackageParts.Settings();
            main.AddNewPart<FontTablePart>("rId3").Fonts = PackageParts.FontTable(fonts);
            main.AddNewPart<FooterPart>(SectionBuilder.OddFooterId).Footer = PackageParts.PageNumberFooter(StyleIds.Footer);
            main.AddNewPart<FooterPart>(SectionBuilder.EvenFooterId).Footer = PackageParts.PageNumberFooter(StyleIds.FooterEven);
            main.AddNewPart<FooterPart>(SectionBuilder.LandscapeOddFooterId).Footer = LandscapePageNumber.Footer(StyleIds.Footer, 1);
            main.AddNewPart<FooterPart>(SectionBuilder.LandscapeEvenFooterId).Footer = LandscapePageNumber.Footer(StyleIds.FooterEven, 2);
            main.AddNewPart<FooterPart>(SectionBuilder.ColophonOddFooterId).Footer = PackageParts.ColophonPageFooter(StyleIds.Footer);
            main.AddNewPart<FooterPart>(SectionBuilder.ColophonEvenFooterId).Footer = PackageParts.ColophonPageFooter(StyleIds.FooterEven);
            // The office's 版头 images (manifest 版头), under the ids its elements were given.
            foreach (var image in images ?? [])
            {
                using var data = new MemoryStream(image.Content);
                main.AddImagePart(image.ContentType, image.RelationshipId).FeedData(data);
            }
            package.AddNewPart<CoreFilePropertiesPart>("rId2").GetStream(FileMode.Create).Dispose();
        }

        using var zip = new ZipArchive(new MemoryStream(buffer.ToArray()), ZipArchiveMode.Read);
        var entries = zip.Entries.Select(entry => (entry.FullName, entry.FullName is DocumentEntry or CorePropertiesEntry ? null : Read(entry))).ToList();
        // The body is written before the properties, which carry the title found in it.
        var body = entries.FindIndex(e => e.FullName == DocumentEntry);
        var core = entries.FindIndex(e => e.FullName == CorePropertiesEntry);
        if (body < 0 || core < body)
            throw new InvalidOperationException("package skeleton: word/document.xml must precede docProps/core.xml");
        return new PackageSkeleton(entries);
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
