using DocGen.Diagnostics;

namespace DocGen.Loading;

/// <summary>One record of a CSV table; <see cref="Line"/> is the physical line the record starts on.</summary>
public sealed record CsvRow(string Path, int Line, IReadOnlyDictionary<string, int> Columns, IReadOnlyList<string> Values)
{
    public SourceLocation Location => new(Path, Line, 1);

    public bool Has(string column) => Columns.ContainsKey(column);

    /// <summary>The cell of a column; an absent optional column reads as an empty cell at the row start.</summary>
    public CsvCell this[string column]
    {
        get
        {
            if (!Columns.TryGetValue(column, out var index))
                return new CsvCell("", Location);
            var value = index < Values.Count ? Values[index] : "";
            return new CsvCell(value, new SourceLocation(Path, Line, index + 1));
        }
    }
}
