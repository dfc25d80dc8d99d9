namespace DocGen.Loading;

/// <summary>A merged range as the sheet names it (<c>A2:A5</c>), by its top-left and bottom-right cells.</summary>
internal readonly record struct XlsxMerge(string Reference, (int Row, int Column) From, (int Row, int Column) To);
