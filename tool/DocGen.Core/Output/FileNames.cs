using System.Globalization;
using System.Text;

namespace DocGen.Output;

/// <summary>
/// Makes a unit name safe as a file name on Windows and Linux, so nothing lands outside the output folder, and short
/// enough that every file DocGen derives from it still fits the file system's limit.
/// </summary>
internal static class FileNames
{
    /// <summary>Linux file systems (ext4, xfs, btrfs) allow 255 bytes of UTF-8 per name; NTFS 255 UTF-16 units, never fewer.</summary>
    public const int MaxBytes = 255;

    /// <summary>
    /// The longest stem a document may have: its pages <c>&lt;stem&gt;-NNNN.png</c> are the longest name derived from
    /// it (longer than <c>.docx</c>, <c>.pdf</c>, <c>.md</c>), and each is first written under a temporary name.
    /// </summary>
    public const int MaxStemBytes = MaxBytes - TemporaryNames.AddedBytes - 9;

    private const string UnitReportPrefix = "自查报告-";

    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>The file name of a unit's 自查报告; two units with one file name are an error (DG2110).</summary>
    public static string UnitReport(string unitName) =>
        UnitReportPrefix + Sanitize(unitName, MaxStemBytes - Encoding.UTF8.GetByteCount(UnitReportPrefix)) + ".docx";

    public static string Sanitize(string name) => Sanitize(name, MaxStemBytes);

    /// <summary>Replaces what Windows or Linux forbid with <c>_</c>, then cuts to <paramref name="maxBytes"/> of UTF-8.</summary>
    public static string Sanitize(string name, int maxBytes)
    {
        var safe = new StringBuilder(name.Length);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsHighSurrogate(c) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1]))
                safe.Append(c).Append(name[++i]);
            else
                // A lone surrogate has no UTF-8 form: the file system would see U+FFFD, and two names would meet.
                safe.Append(c < 0x20 || char.IsSurrogate(c) || "<>:\"/\\|?*".Contains(c, StringComparison.Ordinal) ? '_' : c);
        }
        var result = safe.ToString().Trim().Trim('.');
        if (result.Length == 0 || Reserved.Contains(result))
            result = "_" + result;
        return Cut(result, maxBytes);
    }

    /// <summary>
    /// The longest prefix within <paramref name="maxBytes"/> that ends between text elements, so a cut never splits a
    /// surrogate pair or a character from its combining marks; Windows drops a trailing dot or space, so none is left.
    /// </summary>
    private static string Cut(string text, int maxBytes)
    {
        if (Encoding.UTF8.GetByteCount(text) <= maxBytes)
            return text;
        var (length, bytes) = (0, 0);
        while (length < text.Length)
        {
            var next = StringInfo.GetNextTextElementLength(text, length);
            var size = Encoding.UTF8.GetByteCount(text.AsSpan(length, next));
            if (bytes + size > maxBytes)
                break;
            (length, bytes) = (length + next, bytes + size);
        }
        var cut = text[..length].TrimEnd(' ', '.');
        return cut.Length == 0 ? "_" : cut;
    }
}
