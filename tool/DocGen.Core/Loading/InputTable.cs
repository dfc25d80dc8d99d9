namespace DocGen.Loading;

/// <summary>A table of the set's input, read from a CSV file or a worksheet: its rows under their header.</summary>
internal sealed record InputTable(string Path, IReadOnlyList<InputRow> Rows);
