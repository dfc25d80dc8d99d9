using System.Diagnostics.CodeAnalysis;
using DocGen.Diagnostics;

namespace DocGen.Loading;

/// <summary>
/// Where each column's cell of a row stands, worked out when asked rather than copied per row: a header of
/// 50,000 columns would otherwise cost 50,000 locations for every task.
/// </summary>
internal sealed class CsvRowLocations(CsvRow row) : IReadOnlyDictionary<string, SourceLocation>
{
    public SourceLocation this[string key] => TryGetValue(key, out var location) ? location : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => row.Columns.Keys;

    public IEnumerable<SourceLocation> Values => Keys.Select(k => row[k].Location);

    public int Count => row.Columns.Count;

    public bool ContainsKey(string key) => row.Has(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out SourceLocation value)
    {
        value = row.Has(key) ? row[key].Location : null;
        return value is not null;
    }

    public IEnumerator<KeyValuePair<string, SourceLocation>> GetEnumerator() =>
        Keys.Select(k => KeyValuePair.Create(k, row[k].Location)).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
