namespace DocGen.Output;

/// <summary>Makes a unit name safe as a file name on Windows and Linux, so nothing lands outside the output folder.</summary>
public static class FileNames
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    public static string Sanitize(string name)
    {
        var chars = name.Select(c => c < 0x20 || "<>:\"/\\|?*".Contains(c, StringComparison.Ordinal) ? '_' : c).ToArray();
        var result = new string(chars).Trim().Trim('.');
        if (result.Length == 0 || Reserved.Contains(result))
            result = "_" + result;
        return result.Length > 80 ? result[..80] : result;
    }
}
