using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocGen.Docx;

/// <summary>
/// An office's own 版头, read once per set from its .docx/.dotx (<see cref="OfficeHeaderReader"/>): the first page's
/// elements down to and including the red separator line, with the formatting their styles gave them made direct
/// (the notice has DocGen's styles, not the office's), their images renumbered, and the place of the number that
/// DocGen's 发文字号 replaces.
/// </summary>
internal sealed class OfficeHeader(
    IReadOnlyList<OpenXmlElement> elements, IReadOnlyList<OfficeHeaderImage> images, NumberPlace number, string fingerprint)
{
    public IReadOnlyList<OfficeHeaderImage> Images => images;

    /// <summary>Changes whenever the header file does, for the build ledger.</summary>
    public string Fingerprint => fingerprint;

    /// <summary>The header's elements, fresh copies, with <paramref name="documentNumber"/> in place of the one found there.</summary>
    public IEnumerable<OpenXmlElement> Elements(string documentNumber)
    {
        var copies = elements.Select(e => e.CloneNode(true)).ToList();
        number.Replace(copies, documentNumber);
        return copies;
    }
}

/// <summary>An image part of the header, to be added to the notice's package under <paramref name="RelationshipId"/>.</summary>
internal sealed record OfficeHeaderImage(string RelationshipId, string ContentType, byte[] Content);

/// <summary>
/// Where the header's 发文字号 is: the n-th paragraph (document order) and the span of its text. The text may run
/// over several <c>w:t</c> (Word and LibreOffice split runs at every change of font, as 〔2023〕 usually has).
/// </summary>
internal sealed record NumberPlace(int Paragraph, int Start, int Length)
{
    public void Replace(IReadOnlyList<OpenXmlElement> elements, string replacement)
    {
        var paragraph = Paragraphs(elements).ElementAt(Paragraph);
        var at = 0;
        var written = false;
        foreach (var text in OwnTexts(paragraph))
        {
            var (from, to) = (at, at + text.Text.Length);
            at = to;
            var (cutFrom, cutTo) = (Math.Max(from, Start), Math.Min(to, Start + Length));
            if (cutFrom >= cutTo)
                continue;
            var value = text.Text;
            text.Text = value[..(cutFrom - from)] + (written ? "" : replacement) + value[(cutTo - from)..];
            text.Space = SpaceProcessingModeValues.Preserve;
            written = true;
        }
    }

    /// <summary>Every paragraph of the elements in document order, those in tables and text boxes included.</summary>
    public static IEnumerable<Paragraph> Paragraphs(IEnumerable<OpenXmlElement> elements) =>
        elements.SelectMany(e => e is Paragraph p ? [p, .. e.Descendants<Paragraph>()] : e.Descendants<Paragraph>());

    /// <summary>A paragraph's texts in order, without those of text boxes anchored in it (paragraphs of their own).</summary>
    public static IEnumerable<Text> OwnTexts(Paragraph paragraph) =>
        paragraph.Descendants<Text>().Where(t => t.Ancestors<Paragraph>().First() == paragraph);
}
