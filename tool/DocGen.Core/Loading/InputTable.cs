namespace DocGen.Loading;

/// <summary>A table of the set's input, read from a CSV file or a worksheet: its rows under their header.</summary>
public sealed record InputTable(string Path, IReadOnlyList<InputRow> Rows);
