namespace DocGen.Binding;

/// <summary>Splits a cell naming several units; offices separate them with 、 and sometimes ，,;；.</summary>
internal static class UnitListSplitter
{
    private static readonly char[] Separators = ['、', '，', ',', ';', '；', '\n'];

    public static IReadOnlyList<string> Split(string cell) =>
        cell.Split(Separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
