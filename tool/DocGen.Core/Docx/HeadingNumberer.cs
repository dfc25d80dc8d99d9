namespace DocGen.Docx;

/// <summary>
/// Prints the ordinals of GB/T 9704 7.3.3 (一、 （一） 1. （1）) from heading levels. Numbers restart under each
/// parent; a heading marked continuous carries on from the previous heading of its level (as the Wei County
/// plan numbers its 38 items straight through).
/// </summary>
internal sealed class HeadingNumberer
{
    public const int Levels = 4;
    private readonly int[] _current = new int[Levels + 1];
    private readonly int[] _lastAssigned = new int[Levels + 1];

    /// <summary>A new document title starts every level afresh.</summary>
    public void Restart()
    {
        Array.Clear(_current);
        Array.Clear(_lastAssigned);
    }

    public string Next(int level, bool continuous)
    {
        level = Math.Clamp(level, 1, Levels);
        var number = (continuous ? _lastAssigned[level] : _current[level]) + 1;
        _current[level] = number;
        _lastAssigned[level] = number;
        for (var child = level + 1; child <= Levels; child++)
            _current[child] = 0;
        return Format(level, number);
    }

    private static string Format(int level, int number) => level switch
    {
        1 => ChineseNumerals.Format(number) + "、",
        2 => "（" + ChineseNumerals.Format(number) + "）",
        3 => number.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".",
        _ => "（" + number.ToString(System.Globalization.CultureInfo.InvariantCulture) + "）",
    };
}
