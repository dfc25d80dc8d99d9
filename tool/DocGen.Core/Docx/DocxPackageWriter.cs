using System.IO.Compression;
using System.Text;
using System.Xml;

namespace DocGen.Docx;

/// <summary>
/// Writes one document's zip in a single pass: the skeleton's fixed parts copied, the body streamed into
/// word/document.xml, then docProps/core.xml. Entry times are fixed, so the same document always gives the same bytes.
/// </summary>
internal static class DocxPackageWriter
{
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly XmlWriterSettings BodySettings = new() { Encoding = new UTF8Encoding(false) };

    /// <param name="writeBody">Writes the body and returns what the document properties carry.</param>
    public static byte[] Write(PackageSkeleton skeleton, Func<XmlWriter, DocumentInfo> writeBody)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            DocumentInfo? info = null;
            foreach (var (name, content) in skeleton.Entries)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
                entry.LastWriteTime = EntryTime;
                using var stream = entry.Open();
                if (name == PackageSkeleton.DocumentEntry)
                {
                    using var xml = XmlWriter.Create(stream, BodySettings);
                    info = writeBody(xml);
                }
                else if (name == PackageSkeleton.CorePropertiesEntry)
                    info!.WriteCoreProperties(stream);
                else
                    stream.Write(content);
            }
        }
        return output.ToArray();
    }
}
