using DocGen.Diagnostics;
using DocGen.Output;

namespace DocGen.Pipeline;

/// <summary>
/// Decides which documents a build must write: those whose inputs changed since the ledger's record, or are missing.
/// A file DocGen did not write, or one edited since (in Word, say), is never overwritten without <c>--force</c>.
/// </summary>
internal sealed class IncrementalPlanner(string folder, string displayFolder, BuildLedger ledger, string templates, string version, bool force)
{
    public (List<(PreparedDocument Document, RebuildReason Reason)> Write, List<string> Skipped) Plan(
        IReadOnlyList<PreparedDocument> documents, DiagnosticBag diagnostics)
    {
        var write = new List<(PreparedDocument, RebuildReason)>();
        var skipped = new List<string>();
        foreach (var document in documents)
        {
            var exists = File.Exists(Path.Combine(folder, document.FileName));
            var recorded = ledger.Entries.GetValueOrDefault(document.FileName);
            if (exists && !ledger.WroteUnchanged(folder, document.FileName))
            {
                if (force)
                    write.Add((document, RebuildReason.Forced));
                else
                    diagnostics.Error(DiagnosticIds.OutputNotOurs, new SourceLocation(Path.Combine(displayFolder, document.FileName)),
                        $"“{document.FileName}”不是 DocGen 上次写出的文件（可能在 Word/WPS 中改过或另有来源），为免丢失修改未覆盖它；确认可以覆盖时加 --force。");
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

    /// <summary>Outputs of earlier builds that nothing produces any more (a unit that lost all its tasks).</summary>
    public List<string> Stale(IReadOnlyList<PreparedDocument> documents, bool prune, DiagnosticBag diagnostics)
    {
        var removed = new List<string>();
        foreach (var name in ledger.Entries.Keys.Except(documents.Select(d => d.FileName), StringComparer.Ordinal).ToList())
        {
            var location = new SourceLocation(Path.Combine(displayFolder, name));
            if (!File.Exists(Path.Combine(folder, name)))
                ledger.Entries.Remove(name);
            else if (!prune)
                diagnostics.Warning(DiagnosticIds.OutputStale, location, $"“{name}”已不对应文件集中的任何内容（如该单位已不承担任务）；加 --prune 删除。");
            else if (!ledger.WroteUnchanged(folder, name))
                diagnostics.Warning(DiagnosticIds.OutputStale, location, $"“{name}”已不对应任何内容，但在 DocGen 写出后被改过，未删除。");
            else
            {
                File.Delete(Path.Combine(folder, name));
                ledger.Entries.Remove(name);
                removed.Add(name);
            }
        }
        return removed;
    }
}
