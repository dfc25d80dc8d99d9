using System.Text.Json.Serialization;

namespace DocGen.Output;

/// <summary>The ledger's JSON, by generated code: the same bytes under NativeAOT, which has no reflection serialiser.</summary>
[JsonSerializable(typeof(SortedDictionary<string, LedgerEntry>))]
internal sealed partial class LedgerJsonContext : JsonSerializerContext;
