using System.Globalization;
using DocGen.Domain;

namespace DocGen.Loading;

/// <summary>A cell's text as Excel displays it: shared or inline strings, booleans as 是/否, date serials as Chinese dates.</summary>
internal sealed class XlsxCellText(IReadOnlyList<string> sharedStrings, XlsxDateStyles dates)
{
    /// <param name="type">The cell's <c>t</c> attribute (null means a number).</param>
    /// <param name="style">The cell's <c>s</c> attribute.</param>
    /// <param name="value">The text of its <c>v</c> element.</param>
    /// <param name="inline">The text of its <c>is</c> element.</param>
    public string Text(string? type, string? style, string value, string inline) => type switch
    {
        "s" => int.TryParse(value, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < sharedStrings.Count ? sharedStrings[index] : "",
        "inlineStr" => inline,
        "b" => value == "1" ? "是" : "否",
        null or "n" => Number(style, value),
        _ => value,
    };

    private string Number(string? style, string value) =>
        dates.IsDate(style) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 2958466
            ? ChineseDate.Format(DateOnly.FromDateTime(DateTime.FromOADate(serial)))
            : value;
}
