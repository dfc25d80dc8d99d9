using DocGen.Diagnostics;

namespace DocGen.Pipeline;

/// <summary>What a build or check produced: the documents (file name, bytes) and every diagnostic.</summary>
public sealed record BuildResult(IReadOnlyList<(string FileName, byte[] Content)> Documents, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);
}
