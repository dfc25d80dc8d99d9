namespace DocGen.Output;

/// <summary>A file to write into the output folder, with what the ledger is to remember of it once written.</summary>
public sealed record OutputFile(string FileName, byte[] Content, LedgerEntry Entry);
