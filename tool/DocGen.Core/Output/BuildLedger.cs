using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace DocGen.Output;

/// <summary>
/// <c>.docgen-build.json</c> in the output folder: per file DocGen wrote, the hashes of its inputs and of its bytes.
/// It lets a build skip unchanged documents and tells DocGen's own files from files it must never touch.
/// </summary>
public sealed class BuildLedger
{
    public const string FileName = ".docgen-build.json";
    // Chinese file names stay readable in the ledger rather than \u-escaped.
    private static readonly LedgerJsonContext Json = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    private BuildLedger(SortedDictionary<string, LedgerEntry> entries) => Entries = entries;

    public SortedDictionary<string, LedgerEntry> Entries { get; }

    /// <summary>The ledger of a folder; an absent or unreadable ledger is empty (every output then counts as foreign).</summary>
    public static BuildLedger Load(string folder)
    {
        try
        {
            var path = Path.Combine(folder, FileName);
            if (File.Exists(path) && JsonSerializer.Deserialize(File.ReadAllText(path), Json.SortedDictionaryStringLedgerEntry) is { } entries)
                return new BuildLedger(new SortedDictionary<string, LedgerEntry>(entries, StringComparer.Ordinal));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            // A damaged ledger only costs a full rebuild; the files it listed are then treated as not ours.
        }
        return new BuildLedger(new SortedDictionary<string, LedgerEntry>(StringComparer.Ordinal));
    }

    /// <summary>True when the file on disk is exactly what DocGen last wrote under that name.</summary>
    public bool WroteUnchanged(string folder, string fileName)
    {
        var path = Path.Combine(folder, fileName);
        return Entries.TryGetValue(fileName, out var entry) && File.Exists(path) && entry.Output == Hash(File.ReadAllBytes(path));
    }

    public string Serialize() => JsonSerializer.Serialize(Entries, Json.SortedDictionaryStringLedgerEntry);

    public static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static string Hash(string text) => Hash(Encoding.UTF8.GetBytes(text));
}
