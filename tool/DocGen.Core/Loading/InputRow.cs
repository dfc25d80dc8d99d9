using DocGen.Diagnostics;

namespace DocGen.Loading;

/// <summary>One record of a table (a CSV file or a worksheet); <see cref="Line"/> is the physical line the record starts on, or the sheet row.</summary>
internal sealed record InputRow(string Path, int Line, IReadOnlyDictionary<string, int> Columns, SparseValues Values)
{
    /// <summary>The worksheet, when the row comes from a workbook rather than a CSV file.</summary>
    public string? Sheet { get; init; }

    public SourceLocation Location => new(Path, Line, 1) { Sheet = Sheet };

    /// <summary>The cell of a column; an absent optional column reads as an empty cell at the row start.</summary>
    public InputCell this[string column]
    {
        get
        {
            if (!Columns.TryGetValue(column, out var index))
                return new InputCell("", Location);
            return new InputCell(Values[index], new SourceLocation(Path, Line, index + 1) { Sheet = Sheet }) { Date = Values.DateAt(index) };
        }
    }
}
