using DocGen.Diagnostics;
using DocGen.Diff;

namespace DocGen.Pipeline;

/// <summary>
/// What <c>docgen diff</c> found: the changes of the task division (null when a version could not be read at all), the
/// documents whose rendered text changed (null when a version has errors, so its documents could not be rendered),
/// and every problem met on the way.
/// </summary>
public sealed record DiffResult(SetChanges? Changes, IReadOnlyList<DocumentTextChange>? Documents, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The 调整说明 was asked for and could not be written.</summary>
    public bool NoteFailed { get; init; }

    public bool HasChanges => Changes is { IsEmpty: false } || Documents is { Count: > 0 };
}
