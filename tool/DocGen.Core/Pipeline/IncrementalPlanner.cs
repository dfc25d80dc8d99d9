using DocGen.Diagnostics;
using DocGen.Output;

namespace DocGen.Pipeline;

/// <summary>
/// Decides which documents a build must write: those whose inputs changed since the ledger's record, or are missing.
/// A file DocGen did not write, or one edited since (in Word, say), is never overwritten without <c>--force</c>.
/// </summary>
internal sealed class IncrementalPlanner(OutputFolder output, string templates, string version, bool force)
{
    public (List<(PreparedDocument Document, RebuildReason Reason)> Write, List<string> Skipped) Plan(IReadOnlyList<PreparedDocument> documents)
    {
        var write = new List<(PreparedDocument, RebuildReason)>();
        var skipped = new List<string>();
        foreach (var document in documents)
        {
            var exists = output.Exists(document.FileName);
            var recorded = output.Ledger.Entries.GetValueOrDefault(document.FileName);
            if (exists && !output.IsOurs(document.FileName))
            {
                if (force)
                    write.Add((document, RebuildReason.Forced));
                else
                    output.ReportNotOurs(document.FileName);
                continue;
            }
            RebuildReason? reason = force ? RebuildReason.Forced
                : recorded is null ? RebuildReason.New
                : !exists ? RebuildReason.Missing
                : recorded.Input == document.Input ? null
                : recorded.Version != version ? RebuildReason.VersionChanged
                : recorded.Templates != templates ? RebuildReason.TemplatesChanged
                : RebuildReason.DataChanged;
            if (reason is { } r)
                write.Add((document, r));
            else
                skipped.Add(document.FileName);
        }
        return (write, skipped);
    }

    /// <summary>
    /// Outputs of earlier builds that nothing produces any more (a unit that lost all its tasks), with their PDF,
    /// pages and Markdown; with <c>--prune</c> those DocGen wrote and nobody changed are deleted.
    /// </summary>
    public List<string> Stale(IReadOnlyList<PreparedDocument> documents, bool prune, DiagnosticBag diagnostics)
    {
        var live = documents.Select(d => d.FileName).ToHashSet(StringComparer.Ordinal);
        var removed = new List<string>();
        foreach (var (name, entry) in output.Ledger.Entries.Where(e => !live.Contains(e.Value.Companion ?? e.Key)).ToList())
        {
            if (!output.Exists(name))
                output.Forget(name);
            else if (!prune)
                diagnostics.Warning(DiagnosticIds.OutputStale, output.Location(name), $"“{name}”已不对应文件集中的任何内容（如该单位已不承担任务）；加 --prune 删除。");
            else if (!output.IsOurs(name))
                diagnostics.Warning(DiagnosticIds.OutputStale, output.Location(name), $"“{name}”已不对应任何内容，但在 DocGen 写出后被改过，未删除。");
            else if (output.Delete(name))
                removed.Add(name);
        }
        return removed;
    }
}
