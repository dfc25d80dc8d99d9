namespace DocGen.Domain;

/// <summary>
/// The 发文机关标志 as printed (GB/T 9704 7.2.4): one office's mark is one line, as written. A joint issue's (联合行文)
/// names are stacked, the host first; a 文件 ending the last name is printed to the right of the stack, centred on it.
/// The manifest writes the mark as it reads: <c>中共威县县委办公室、威县人民政府办公室文件</c>, or the names as a list.
/// </summary>
internal sealed record IssuerMarkLines(IReadOnlyList<string> Names, string Suffix)
{
    public const string File = "文件";

    public bool IsJoint => Names.Count > 1;

    public static IssuerMarkLines Parse(IReadOnlyList<string> names)
    {
        if (names.Count < 2)
            return new(names.Count == 0 ? [""] : names, "");
        var last = names[^1];
        return last.Length > File.Length && last.EndsWith(File, StringComparison.Ordinal)
            ? new([.. names.Take(names.Count - 1), last[..^File.Length]], File)
            : new(names, "");
    }
}
