using DocGen.Diagnostics;

namespace DocGen.Pipeline;

/// <summary>What a build or check produced: documents made (file name, bytes), what was written or skipped and why.</summary>
public sealed record BuildResult(IReadOnlyList<(string FileName, byte[] Content)> Documents, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);

    public IReadOnlyList<(string FileName, RebuildReason Reason)> Written { get; init; } = [];

    public IReadOnlyList<string> Skipped { get; init; } = [];

    public IReadOnlyList<string> Removed { get; init; } = [];
}
