using System.Collections;

namespace DocGen.Loading;

/// <summary>
/// The cells of one record that hold text, trimmed, by 0-based column; every other column reads as empty. A sheet
/// row with one cell at column XFD costs one entry, not 16,384.
/// </summary>
internal sealed class SparseValues : IReadOnlyList<string>
{
    private readonly int[] _columns;
    private readonly string[] _values;
    // A worksheet's date cells, by the same index as their text; null when the record has none (always in CSV).
    private readonly DateOnly?[]? _dates;

    private SparseValues(int[] columns, string[] values, DateOnly?[]? dates = null)
    {
        _columns = columns;
        _values = values;
        _dates = dates;
    }

    /// <summary>Up to the last column that holds text.</summary>
    public int Count => _columns.Length == 0 ? 0 : _columns[^1] + 1;

    /// <summary>True when no cell holds text: a blank line or row.</summary>
    public bool IsEmpty => _columns.Length == 0;

    public string this[int index]
    {
        get
        {
            var at = Array.BinarySearch(_columns, index);
            return at >= 0 ? _values[at] : "";
        }
    }

    /// <summary>The date the cell at <paramref name="index"/> holds as a date, if it does.</summary>
    public DateOnly? DateAt(int index)
    {
        if (_dates is null)
            return null;
        var at = Array.BinarySearch(_columns, index);
        return at >= 0 ? _dates[at] : null;
    }

    /// <summary>A CSV record's fields, in order.</summary>
    public static SparseValues FromFields(IReadOnlyList<string> fields) =>
        FromCells(fields.Select((value, column) => (column, value)));

    /// <summary>Cells in any order; empty ones are left out.</summary>
    public static SparseValues FromCells(IEnumerable<(int Column, string Value)> cells) =>
        FromCells(cells.Select(c => (c.Column, new XlsxValue(c.Value, null))));

    /// <summary>Worksheet cells in any order, with the dates they hold; empty ones are left out.</summary>
    public static SparseValues FromCells(IEnumerable<(int Column, XlsxValue Value)> cells)
    {
        var kept = cells.Select(c => (c.Column, Value: c.Value with { Text = c.Value.Text.Trim() }))
            .Where(c => c.Value.Text.Length > 0).OrderBy(c => c.Column).ToArray();
        var dates = kept.Any(c => c.Value.Date is not null) ? kept.Select(c => c.Value.Date).ToArray() : null;
        return new SparseValues(kept.Select(c => c.Column).ToArray(), kept.Select(c => c.Value.Text).ToArray(), dates);
    }

    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
            yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
