using System.Globalization;

namespace DocGen.Domain;

/// <summary>
/// A 序号 as offices write it (<c>3</c>, <c>1.1</c>, <c>7.1.2</c>, <c>2、3</c>, <c>一</c>, <c>五.3</c>, <c>（12）</c>): printed
/// as written, compared by its structure, so <c>1.1</c> and <c>1．1</c> are one number and <c>1.2</c> comes before <c>2.1</c>.
/// </summary>
internal sealed class TaskNumber : IEquatable<TaskNumber>, IComparable<TaskNumber>
{
    private const int MaxDepth = 8;

    private static readonly char[] Separators = ['.', '、'];

    private TaskNumber(string text, IReadOnlyList<int> parts, IReadOnlyList<bool> chinese)
    {
        Text = text;
        Parts = parts;
        Chinese = chinese;
    }

    /// <summary>The cell as written (trimmed); what every document prints.</summary>
    public string Text { get; }

    /// <summary>The levels of the number: <c>五.3</c> is [5, 3].</summary>
    public IReadOnlyList<int> Parts { get; }

    /// <summary>Per level, whether it was written in Chinese numerals, so a suggested number is written the same way.</summary>
    private IReadOnlyList<bool> Chinese { get; }

    public static TaskNumber? Parse(string text)
    {
        // Full-width dots and digits become ASCII; a trailing 、 or . after the last level (一、 1.) is punctuation.
        var s = ChineseDate.Normalize(text).TrimEnd(Separators);
        if (s.Length == 0)
            return null;
        var parts = new List<int>();
        var chinese = new List<bool>();
        foreach (var level in s.Split(Separators))
        {
            var inner = Unbracket(level.Trim());
            var isChinese = !int.TryParse(inner, NumberStyles.None, CultureInfo.InvariantCulture, out var n);
            if (isChinese && ChineseNumeral.Parse(inner) is { } c)
                n = c;
            if (n < 1)
                return null;
            parts.Add(n);
            chinese.Add(isChinese);
        }
        if (parts.Count > MaxDepth)
            return null;
        return new TaskNumber(text.Trim(), parts, chinese);
    }

    /// <summary>
    /// Whether this number may follow <paramref name="previous"/> in a table numbered step by step: one level goes up by
    /// one and any deeper levels start again at 1 (<c>1.2</c> → <c>1.3</c>, <c>2</c>, <c>2.1</c>; <c>3</c> → <c>3.1</c>).
    /// The first number ends in 1 (<c>1</c>, <c>1.1</c>, and <c>五.1</c> for a table that begins at a section of the plan).
    /// </summary>
    public bool Follows(TaskNumber? previous) => Successors(previous?.Parts).Any(s => s.SequenceEqual(Parts));

    /// <summary>The number expected after <paramref name="previous"/> at this number's depth (<c>1.2</c> → <c>1.3</c>).</summary>
    public IReadOnlyList<int> ExpectedAfter(TaskNumber? previous) => Successors(previous?.Parts).First(s => s.Count == Parts.Count);

    /// <summary>Writes <paramref name="parts"/> the way this number is written: same numerals per level, same separator.</summary>
    public string Format(IReadOnlyList<int> parts)
    {
        var separator = Text.Contains('、', StringComparison.Ordinal) && Parts.Count > 1 ? "、" : ".";
        var body = string.Join(separator, parts.Select((p, i) => Chinese[Math.Min(i, Chinese.Count - 1)] ? ChineseNumeral.Format(p) : p.ToString(CultureInfo.InvariantCulture)));
        return parts.Count == 1 && Unbracket(Text) != Text ? $"{Text[0]}{body}{Text[^1]}" : body;
    }

    /// <summary>This number as the table should have had it, so the rows after one slip are compared with the right one.</summary>
    public TaskNumber WithParts(IReadOnlyList<int> parts) => new(Format(parts), parts, Chinese);

    private IEnumerable<IReadOnlyList<int>> Successors(IReadOnlyList<int>? previous)
    {
        if (previous is null)
        {
            yield return Parts.Take(Parts.Count - 1).Append(1).ToList();
            yield break;
        }
        for (var level = previous.Count - 1; level >= 0; level--)
            for (var extra = 0; extra <= MaxDepth; extra++)
                yield return previous.Take(level).Append(previous[level] + 1).Concat(Enumerable.Repeat(1, extra)).ToList();
        for (var extra = 1; extra <= MaxDepth; extra++)
            yield return previous.Concat(Enumerable.Repeat(1, extra)).ToList();
    }

    private static string Unbracket(string s) =>
        s.Length > 2 && s[0] is '(' or '（' && s[^1] is ')' or '）' ? s[1..^1].Trim() : s;

    public bool Equals(TaskNumber? other) => other is not null && Parts.SequenceEqual(other.Parts);

    public override bool Equals(object? obj) => Equals(obj as TaskNumber);

    public override int GetHashCode() => Parts.Aggregate(17, (h, p) => (h * 31) + p);

    public int CompareTo(TaskNumber? other)
    {
        if (other is null)
            return 1;
        for (var i = 0; i < Math.Min(Parts.Count, other.Parts.Count); i++)
            if (Parts[i] != other.Parts[i])
                return Parts[i].CompareTo(other.Parts[i]);
        return Parts.Count.CompareTo(other.Parts.Count);
    }

    public override string ToString() => Text;
}
