using System.Globalization;
using DocGen.Domain;

namespace DocGen.Loading;

/// <summary>
/// A cell's text as Excel displays it: shared or inline strings, booleans as 是/否, date serials as Chinese dates,
/// which also keep their date, so that binding need not parse the text back.
/// </summary>
internal sealed class XlsxCellText(IReadOnlyList<string> sharedStrings, XlsxDateStyles dates)
{
    /// <param name="type">The cell's <c>t</c> attribute (null means a number).</param>
    /// <param name="style">The cell's <c>s</c> attribute.</param>
    /// <param name="value">The text of its <c>v</c> element.</param>
    /// <param name="inline">The text of its <c>is</c> element.</param>
    public XlsxValue Value(string? type, string? style, string value, string inline) => type switch
    {
        "s" => new(int.TryParse(value, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < sharedStrings.Count ? sharedStrings[index] : "", null),
        "inlineStr" => new(inline, null),
        "b" => new(value == "1" ? "是" : "否", null),
        null or "n" => Number(style, value),
        _ => new(value, null),
    };

    private XlsxValue Number(string? style, string value)
    {
        if (!dates.IsDate(style) || !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) || serial is <= 0 or >= 2958466)
            return new(value, null);
        var date = DateOnly.FromDateTime(DateTime.FromOADate(serial));
        return new(ChineseDate.Format(date), date);
    }
}
