using System.Globalization;
using DocGen.Diagnostics;

namespace DocGen.Loading;

/// <summary>Streams a worksheet part into an <see cref="XlsxSheet"/>: each cell's text, and the merged ranges.</summary>
internal static class XlsxSheetReader
{
    /// <param name="sheet">The sheet's location, for errors.</param>
    public static XlsxSheet Read(XlsxPartReader part, XlsxCellText text, SourceLocation sheet)
    {
        var result = new XlsxSheet();
        var row = 0;
        var column = 0;
        while (part.Read())
        {
            if (part.IsStart("row"))
            {
                row = int.TryParse(part.Xml.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : row + 1;
                column = 0;
            }
            else if (part.IsStart("c"))
            {
                // A cell may leave out its reference; it then follows the previous cell of its row (ECMA-376 Part 1, 18.3.1.4).
                var reference = part.Xml.GetAttribute("r") ?? SourceLocation.ColumnName(column + 1) + row.ToString(CultureInfo.InvariantCulture);
                var at = XlsxCellReference.Parse(reference, sheet);
                (row, column) = at;
                var value = Cell(part, text);
                if (value.Text.Trim().Length > 0)
                    result.Cells[at] = value with { Text = value.Text.Trim() };
                else
                    result.Cells.Remove(at);
            }
            else if (part.IsStart("mergeCell") && part.Xml.GetAttribute("ref")?.Split(':') is [var from, var to])
            {
                result.Merges.Add(new XlsxMerge($"{from}:{to}", XlsxCellReference.Parse(from, sheet), XlsxCellReference.Parse(to, sheet)));
            }
        }
        return result;
    }

    /// <summary>Reads a <c>c</c> element to its end: the cached value <c>v</c> or the inline string <c>is</c>, never the formula.</summary>
    private static XlsxValue Cell(XlsxPartReader part, XlsxCellText text)
    {
        var type = part.Xml.GetAttribute("t");
        var style = part.Xml.GetAttribute("s");
        var value = "";
        var inline = "";
        if (!part.Xml.IsEmptyElement)
        {
            var depth = part.Xml.Depth;
            while (part.Read() && !(part.IsEnd("c") && part.Xml.Depth == depth))
            {
                if (part.IsStart("v"))
                    value = part.ReadInnerText();
                else if (part.IsStart("is"))
                    inline = part.ReadInnerText(skip: "rPh");
            }
        }
        return text.Value(type, style, value, inline);
    }
}
