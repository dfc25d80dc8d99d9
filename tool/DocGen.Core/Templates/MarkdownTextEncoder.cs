using System.Text;
using HandlebarsDotNet;

namespace DocGen.Templates;

/// <summary>
/// Makes every <c>{{value}}</c> literal Markdown: ASCII punctuation is backslash-escaped (so <c>|</c>, <c>#</c>,
/// <c>*</c>, <c>{{</c>, <c>&lt;</c> or a leading <c>1.</c> in data cannot change structure) and line breaks
/// inside a cell join the text, as Chinese needs no space between lines.
/// </summary>
internal sealed class MarkdownTextEncoder : ITextEncoder
{
    public void Encode(StringBuilder? text, TextWriter target) => Encode(text?.ToString(), target);

    public void Encode(string? text, TextWriter target)
    {
        foreach (var c in text ?? "")
            Write(c, target);
    }

    public void Encode<T>(T? text, TextWriter target) where T : IEnumerator<char>
    {
        while (text?.MoveNext() == true)
            Write(text.Current, target);
    }

    /// <summary>The same escaping for text that reaches Markdown without a template (the 调整说明).</summary>
    public static string Escape(string text)
    {
        using var writer = new StringWriter();
        foreach (var c in text)
            Write(c, writer);
        return writer.ToString();
    }

    private static void Write(char c, TextWriter target)
    {
        if (c is '\r' or '\n')
            return;
        if (char.IsAsciiLetterOrDigit(c) || c > 0x7E || c == ' ')
        {
            target.Write(c);
            return;
        }
        if (char.IsControl(c))
            return;
        target.Write('\\');
        target.Write(c);
    }
}
