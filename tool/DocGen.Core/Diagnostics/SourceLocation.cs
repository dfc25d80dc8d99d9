namespace DocGen.Diagnostics;

/// <summary>A place in a user's file; line and column are 1-based (column 0 = the whole line or file).</summary>
public sealed record SourceLocation(string Path, int Line = 0, int Column = 0)
{
    public override string ToString() => Line <= 0 ? Path : $"{Path}({Line},{Math.Max(Column, 1)})";
}
