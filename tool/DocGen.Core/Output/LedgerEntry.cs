using System.Text.Json.Serialization;

namespace DocGen.Output;

/// <summary>What the ledger remembers of one output: the hash of what it was made from and of the bytes written.</summary>
public sealed record LedgerEntry(string Input, string Output, string Templates, string Version)
{
    /// <summary>
    /// Set while the file is being replaced: the hash of the bytes on disk before (null when there was no file). A
    /// build killed in between leaves a file that matches this or <see cref="Output"/>; either way it is DocGen's.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Previous { get; init; }

    /// <summary>For a PDF, PNG page or kept Markdown: the document it was made from; null for the documents themselves.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Companion { get; init; }
}
