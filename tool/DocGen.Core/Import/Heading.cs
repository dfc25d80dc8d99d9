namespace DocGen.Import;

/// <summary>
/// A numbered heading at the start of a paragraph: its level (1 一、, 2 （一）, 3 1., 4 （1）, 5 ①), its number, the
/// heading text and, for a run-in heading (<c>1.党政同责。加强……</c>), the paragraph text that follows it.
/// <see cref="Unbalanced"/> is set when one bracket of the number is missing (<c>一)</c>).
/// </summary>
internal sealed record Heading(int Level, int Number, string Title, string Rest, bool Unbalanced)
{
    /// <summary>Everything after the number, title and rest together.</summary>
    public string Remainder { get; init; } = "";

    /// <summary>The number as typed, for messages: <c>三、</c>, <c>（二）</c>, <c>4.</c>.</summary>
    public string Label { get; init; } = "";
}
