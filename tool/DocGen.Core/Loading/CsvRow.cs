using DocGen.Diagnostics;

namespace DocGen.Loading;

/// <summary>One record of a table (a CSV file or a worksheet); <see cref="Line"/> is the physical line the record starts on, or the sheet row.</summary>
public sealed record CsvRow(string Path, int Line, IReadOnlyDictionary<string, int> Columns, IReadOnlyList<string> Values)
{
    /// <summary>The worksheet, when the row comes from a workbook rather than a CSV file.</summary>
    public string? Sheet { get; init; }

    public SourceLocation Location => new(Path, Line, 1) { Sheet = Sheet };

    public bool Has(string column) => Columns.ContainsKey(column);

    /// <summary>The cell of a column; an absent optional column reads as an empty cell at the row start.</summary>
    public CsvCell this[string column]
    {
        get
        {
            if (!Columns.TryGetValue(column, out var index))
                return new CsvCell("", Location);
            var value = index < Values.Count ? Values[index] : "";
            return new CsvCell(value, new SourceLocation(Path, Line, index + 1) { Sheet = Sheet });
        }
    }
}
