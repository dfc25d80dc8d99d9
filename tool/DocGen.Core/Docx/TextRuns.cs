using System.Buffers;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocGen.Docx;

/// <summary>Makes runs of literal text; characters XML cannot carry are dropped, never written.</summary>
internal static class TextRuns
{
    private static readonly SearchValues<char> Invalid = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c != '\t').Select(c => (char)c), '\uFFFE', '\uFFFF']);

    private static readonly XmlTag RunTag = XmlTag.Of(new Run());
    private static readonly XmlTag TextTag = XmlTag.Of(new Text());
    private static readonly string LineBreak = XmlFragment.Of(new Break());

    public static Run Plain(string text, string? characterStyle = null)
    {
        var run = new Run();
        if (characterStyle is not null)
            run.Append(new RunProperties(new RunStyle { Val = characterStyle }));
        run.Append(new Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    /// <summary>The text of a run <see cref="Plain"/> made without a character style, or null for any other run.</summary>
    public static string? PlainText(OpenXmlElement element) =>
        element is Run { HasAttributes: false, ChildElements.Count: 1, FirstChild: Text { Space.Value: var space } text }
        && space == SpaceProcessingModeValues.Preserve && text.GetAttributes().Count == 1
            ? text.Text
            : null;

    /// <summary>Writes the run <see cref="Plain"/> makes (null: a line break) without building it.</summary>
    public static void Write(XmlWriter xml, string? text)
    {
        RunTag.WriteStart(xml);
        if (text is null)
            xml.WriteRaw(LineBreak);
        else
        {
            TextTag.WriteStart(xml);
            xml.WriteAttributeString("xml", "space", null, "preserve");
            xml.WriteString(Clean(text));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    public static string Clean(string text) =>
        text.AsSpan().ContainsAny(Invalid) ? string.Concat(text.Where(c => !Invalid.Contains(c))) : text;
}
