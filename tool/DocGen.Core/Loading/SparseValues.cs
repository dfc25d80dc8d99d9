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

    private SparseValues(int[] columns, string[] values)
    {
        _columns = columns;
        _values = values;
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

    /// <summary>A CSV record's fields, in order.</summary>
    public static SparseValues FromFields(IReadOnlyList<string> fields) =>
        FromCells(fields.Select((value, column) => (column, value)));

    /// <summary>Cells in any order; empty ones are left out.</summary>
    public static SparseValues FromCells(IEnumerable<(int Column, string Value)> cells)
    {
        var kept = cells.Select(c => (c.Column, Value: c.Value.Trim())).Where(c => c.Value.Length > 0).OrderBy(c => c.Column).ToArray();
        return new SparseValues(kept.Select(c => c.Column).ToArray(), kept.Select(c => c.Value).ToArray());
    }

    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
            yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
