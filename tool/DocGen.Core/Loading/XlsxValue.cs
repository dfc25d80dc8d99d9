namespace DocGen.Loading;

/// <summary>A worksheet cell's text as Excel displays it, and the date it holds when it is a date cell.</summary>
internal readonly record struct XlsxValue(string Text, DateOnly? Date);
