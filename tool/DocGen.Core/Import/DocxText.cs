using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocGen.Import;

/// <summary>
/// The text a reader sees in a Word paragraph: <c>w:t</c> runs and tabs. A line break inside a paragraph (a title
/// broken over lines) joins without a space, as Chinese does. Deleted revisions (<c>w:delText</c>) and field codes
/// (<c>w:instrText</c>) are other element types and are left out.
/// </summary>
internal static class DocxText
{
    public static string Of(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar:
                    text.Append('\t');
                    break;
            }
        }
        return text.ToString();
    }
}
