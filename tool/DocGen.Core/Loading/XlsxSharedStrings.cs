namespace DocGen.Loading;

/// <summary>The shared string table (<c>xl/sharedStrings.xml</c>): cells of type <c>s</c> hold an index into it.</summary>
internal static class XlsxSharedStrings
{
    public static List<string> Read(XlsxPartReader part)
    {
        var strings = new List<string>();
        while (part.Read())
            if (part.IsStart("si"))
                strings.Add(part.ReadInnerText(skip: "rPh"));
        return strings;
    }
}
