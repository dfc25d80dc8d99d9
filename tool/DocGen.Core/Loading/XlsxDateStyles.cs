using System.Globalization;

namespace DocGen.Loading;

/// <summary>
/// Which cell styles display a number as a date, read from <c>xl/styles.xml</c>: a cell's <c>s</c> indexes
/// <c>cellXfs</c>, whose <c>numFmtId</c> is a built-in date format or a custom one with a date pattern.
/// </summary>
internal sealed class XlsxDateStyles
{
    // Built-in number formats that display dates (ECMA-376 Part 1, 18.8.30).
    private static readonly HashSet<uint> BuiltIn = [14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58];

    private readonly List<uint> _cellFormats = [];
    private readonly HashSet<uint> _customDates = [];

    public static XlsxDateStyles None { get; } = new();

    public static XlsxDateStyles Read(XlsxPartReader part)
    {
        var styles = new XlsxDateStyles();
        var inCellFormats = false;
        while (part.Read())
        {
            if (part.IsStart("cellXfs"))
                inCellFormats = !part.Xml.IsEmptyElement;
            else if (part.IsEnd("cellXfs"))
                inCellFormats = false;
            else if (inCellFormats && part.IsStart("xf"))
                styles._cellFormats.Add(Id(part.Xml.GetAttribute("numFmtId")));
            else if (part.IsStart("numFmt") && IsDatePattern(part.Xml.GetAttribute("formatCode")))
                styles._customDates.Add(Id(part.Xml.GetAttribute("numFmtId")));
        }
        return styles;
    }

    public bool IsDate(string? style) =>
        int.TryParse(style, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < _cellFormats.Count
        && (BuiltIn.Contains(_cellFormats[index]) || _customDates.Contains(_cellFormats[index]));

    private static uint Id(string? value) => uint.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0;

    private static bool IsDatePattern(string? format) =>
        format is not null && format.Replace("\"", "", StringComparison.Ordinal).Any(c => c is 'y' or 'd' or '年' or '日');
}
