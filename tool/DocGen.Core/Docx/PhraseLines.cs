using System.Text;

namespace DocGen.Docx;

/// <summary>
/// A short table field (序号, 分值, a date phrase, a list of unit names) as the phrases it may break between: after
/// 年, 月, 日, after the 、，； of a list and after a span's dash, never inside a number, a date phrase or a name. A renderer breaks CJK
/// text anywhere once a line is full (<c>2023年6月30 / 日前</c>), so DocGen breaks such a field itself, with line
/// breaks, at the phrase boundaries that fit its column; the column widths count lines the same way.
/// </summary>
internal sealed class PhraseLines
{
    /// <summary>A phrase wider than this, in characters, is prose: the renderer wraps it as it wraps any paragraph.</summary>
    public const double LongestPhrase = 8;

    /// <summary>Where a line may end: after a date's parts, a list's marks, and the dash or 至 of a span (4月— / 12月).</summary>
    private const string BreakAfter = "年月日、，,；;—–-~～至";

    private readonly string[] _phrases;
    private readonly double[] _widths;

    /// <summary>The automatic space between phrase i-1 and i when one ends in Chinese and the other starts in ASCII.</summary>
    private readonly double[] _joins;

    private PhraseLines(List<string> phrases)
    {
        _phrases = [.. phrases];
        _widths = phrases.Select(TextWidth.Cells).ToArray();
        _joins = phrases.Select((p, i) => i == 0 ? 0 : TextWidth.Join(phrases[i - 1], p)).ToArray();
    }

    /// <summary>The widest phrase of up to <see cref="LongestPhrase"/> characters: the least width at which none of them breaks.</summary>
    public double Widest => _widths.Where(w => w <= LongestPhrase).DefaultIfEmpty(0).Max();

    /// <summary>
    /// The field's phrases, or null for prose: a sentence, or a phrase longer than <see cref="LongestPhrase"/> outside
    /// a list of names (a list joined with 、 may hold a long name, which breaks where it must, on lines of its own).
    /// 2023年12月底前 gives 2023年 · 12月底前, 2023年6月30日前 gives 2023年 · 6月 · 30日前; 县委办、县政府办 gives 县委办、 · 县政府办.
    /// </summary>
    public static PhraseLines? Of(string text)
    {
        if (text.Length == 0 || text.Contains('。', StringComparison.Ordinal))
            return null;
        var phrases = new List<string>();
        var current = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            current.Append(rune.ToString());
            if (rune.IsBmp && BreakAfter.Contains((char)rune.Value, StringComparison.Ordinal))
                Flush();
        }
        Flush();
        var list = text.Contains('、', StringComparison.Ordinal) && !text.Contains('，', StringComparison.Ordinal);
        return !list && phrases.Any(p => TextWidth.Cells(p) > LongestPhrase) ? null : new PhraseLines(phrases);

        void Flush()
        {
            var phrase = current.ToString();
            current.Clear();
            if (phrase.Length == 0)
                return;
            // 前, 底前, 以前 belong to the date before them: 30日前 never leaves 前 alone on a line.
            if (phrases.Count > 0 && phrases[^1][^1] is '年' or '月' or '日' && phrase.Length <= 2 && !phrase.Any(char.IsAsciiDigit))
                phrases[^1] += phrase;
            else
                phrases.Add(phrase);
        }
    }

    /// <summary>How many lines the phrases fill at <paramref name="width"/> characters a line.</summary>
    public int Count(double width)
    {
        var (lines, used) = (1, 0.0);
        for (var i = 0; i < _phrases.Length; i++)
            used = Place(i, width, used, ref lines);
        return lines;
    }

    /// <summary>
    /// The phrases filled greedily into lines of at most <paramref name="width"/> characters; a phrase wider than a
    /// whole line stands on a line of its own (and the renderer wraps it).
    /// </summary>
    public IReadOnlyList<string> Lines(double width)
    {
        var result = new List<string>();
        var line = new StringBuilder();
        var (lines, used) = (1, 0.0);
        for (var i = 0; i < _phrases.Length; i++)
        {
            var before = lines;
            used = Place(i, width, used, ref lines);
            if (lines != before)
            {
                result.Add(line.ToString());
                line.Clear();
            }
            line.Append(_phrases[i]);
        }
        result.Add(line.ToString());
        return result;
    }

    /// <summary>
    /// Puts phrase <paramref name="i"/> on the current line or starts a new one; returns the width used on its line.
    /// A phrase wider than a line fills lines of its own, and the next phrase starts after it on a new line.
    /// </summary>
    private double Place(int i, double width, double used, ref int lines)
    {
        if (used > 0 && used + _joins[i] + _widths[i] > width)
        {
            lines++;
            used = 0;
        }
        if (_widths[i] > width)
        {
            lines += (int)Math.Ceiling(Math.Round(_widths[i] / Math.Max(1, width - 0.5), 6)) - 1;
            return double.MaxValue / 2;
        }
        return used + (used > 0 ? _joins[i] : 0) + _widths[i];
    }
}
