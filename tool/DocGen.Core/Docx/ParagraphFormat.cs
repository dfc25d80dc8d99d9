using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocGen.Docx;

/// <summary>A role's paragraph layout; writes paragraph properties in schema order.</summary>
internal sealed record ParagraphFormat(
    int Line = GbT9704.LinePitch,
    int FirstLine = 0,
    int Left = 0,
    int Right = 0,
    int Hanging = 0,
    JustificationValues? Align = null,
    bool KeepNext = false,
    bool Exact = true,
    int Before = 0)
{
    public IEnumerable<OpenXmlElement> Elements()
    {
        if (KeepNext)
            yield return new KeepNext();
        // 5.2.1: nothing prints outside the 版心. LibreOffice hangs a line-final 、。， in the margin unless overflowPunct
        // is on: its DOCX import reads the flag inverted (overflowPunct=0 → hanging punctuation). On is Word's default.
        yield return new OverflowPunctuation { Val = true };
        // §1.2: grid snapping would stretch large titles over two grid lines.
        yield return new SnapToGrid { Val = false };
        // §3.2: exact lines, never space before/after: "空一行" is an empty paragraph.
        yield return new SpacingBetweenLines
        {
            Line = Twips(Line),
            LineRule = Exact ? LineSpacingRuleValues.Exact : LineSpacingRuleValues.Auto,
            Before = Twips(Before),
            After = "0",
        };
        var indentation = new Indentation();
        if (Left != 0)
            indentation.Left = Twips(Left);
        if (Right != 0)
            indentation.Right = Twips(Right);
        if (Hanging != 0)
            indentation.Hanging = Twips(Hanging);
        else
            indentation.FirstLine = Twips(FirstLine);
        yield return indentation;
        yield return new Justification { Val = Align ?? JustificationValues.Both };
    }

    private static string Twips(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
