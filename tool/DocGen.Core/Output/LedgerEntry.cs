namespace DocGen.Output;

/// <summary>What the ledger remembers of one output: the hash of what it was made from and of the bytes written.</summary>
public sealed record LedgerEntry(string Input, string Output, string Templates, string Version);
