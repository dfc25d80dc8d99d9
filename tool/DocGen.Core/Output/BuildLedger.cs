using System.Text.Json;
using DocGen.Diagnostics;

namespace DocGen.Output;

/// <summary>
/// <c>.docgen-build.json</c> in the output folder: per file DocGen wrote, the hashes of its inputs and of its bytes.
/// It lets a build skip unchanged documents and tells DocGen's own files from files it must never touch.
/// </summary>
internal sealed class BuildLedger
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

    /// <summary>
    /// The ledger of a folder; an absent ledger is empty (every output then counts as foreign). Entries that could
    /// lead outside the folder or are incomplete are dropped with a warning, so nothing later acts on them.
    /// </summary>
    public static BuildLedger Load(string folder, string displayFolder, DiagnosticBag diagnostics)
    {
        var ledger = new BuildLedger(new SortedDictionary<string, LedgerEntry>(StringComparer.Ordinal));
        var location = new SourceLocation(Path.Combine(displayFolder, FileName));
        var path = Path.Combine(folder, FileName);
        SortedDictionary<string, LedgerEntry>? entries;
        try
        {
            entries = File.Exists(path) ? JsonSerializer.Deserialize(File.ReadAllText(path), Json.SortedDictionaryStringLedgerEntry) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or ArgumentException)
        {
            diagnostics.Warning(DiagnosticIds.LedgerEntryIgnored, location,
                $"无法读取生成记录（{IoReason.Of(e)}），按没有记录处理：它列出的文件都当作不是 DocGen 写出的，不会被覆盖或删除。");
            return ledger;
        }
        foreach (var (name, entry) in entries ?? [])
        {
            if (!IsOutputName(name))
                diagnostics.Warning(DiagnosticIds.LedgerEntryIgnored, location,
                    $"生成记录中的“{name}”不是输出目录中的文件名（只能是不含路径的文件名），已忽略，不会据此覆盖或删除任何文件。");
            else if (entry is not { Input: not null, Output: not null, Templates: not null, Version: not null })
                diagnostics.Warning(DiagnosticIds.LedgerEntryIgnored, location,
                    $"生成记录中“{name}”的记录不完整，已忽略：该文件按不是 DocGen 写出的处理。");
            else
                ledger.Entries[name] = entry;
        }
        return ledger;
    }

    /// <summary>True when the file on disk is exactly what DocGen last wrote under that name.</summary>
    public bool WroteUnchanged(string folder, string fileName) =>
        Entries.TryGetValue(fileName, out var entry) && ContentHash.OfFile(Path.Combine(folder, fileName)) == entry.Output;

    public string Serialize() => JsonSerializer.Serialize(Entries, Json.SortedDictionaryStringLedgerEntry);

    /// <summary>
    /// A name DocGen may have written: a plain file name, relative, normalised and inside the folder, so following
    /// an entry can never reach another folder (<c>../x</c>, <c>/etc/x</c>, <c>a/b</c>) or DocGen's own bookkeeping.
    /// </summary>
    public static bool IsOutputName(string name) =>
        name.Length > 0 && name is not ("." or "..") && name.Trim() == name
        && !name.Any(c => c < 0x20 || c is '/' or '\\' or ':')
        && !Path.IsPathRooted(name) && Path.GetFileName(name) == name
        && name is not (FileName or FolderLock.FileName) && !TemporaryNames.IsTemporary(name);
}
