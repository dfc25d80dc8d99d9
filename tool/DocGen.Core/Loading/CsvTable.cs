namespace DocGen.Loading;

public sealed record CsvTable(string Path, IReadOnlyList<string> Header, IReadOnlyList<CsvRow> Rows);
