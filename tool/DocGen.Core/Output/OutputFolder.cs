using System.Text;
using DocGen.Diagnostics;

namespace DocGen.Output;

/// <summary>
/// One build's hold on an output folder: the lock that keeps other builds out, the ledger, and every file written or
/// deleted there. Each write is checked against the ledger (DG5004) and recorded in it before it happens, so after
/// any interruption the ledger still tells DocGen's files from everyone else's.
/// </summary>
public sealed class OutputFolder : IDisposable
{
    private readonly FolderLock _lock;
    private readonly OutputWriter _writer;
    private readonly DiagnosticBag _diagnostics;

    private OutputFolder(string folder, string display, FolderLock held, DiagnosticBag diagnostics)
    {
        (Folder, Display, _lock, _diagnostics) = (folder, display, held, diagnostics);
        _writer = new OutputWriter(folder, display, diagnostics);
        Ledger = BuildLedger.Load(folder, display, diagnostics);
    }

    public string Folder { get; }

    public string Display { get; }

    internal BuildLedger Ledger { get; }

    /// <summary>How long a writer waits for another to release the folder before it reports DG5010.</summary>
    public static readonly TimeSpan DefaultLockWait = TimeSpan.FromMinutes(2);

    /// <summary>Creates the folder, takes its lock (waiting up to <paramref name="wait"/>), reads the ledger and recovers from an interrupted build.</summary>
    /// <returns>Null, with DG5002 or DG5010, when the folder cannot be used.</returns>
    public static OutputFolder? Open(string folder, string display, TimeSpan wait, DiagnosticBag diagnostics)
    {
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticIds.OutputFolderInvalid, new SourceLocation(display), $"无法创建输出目录：{IoReason.Of(e)}。");
            return null;
        }
        if (FolderLock.Acquire(folder, display, wait, diagnostics) is not { } held)
            return null;
        var output = new OutputFolder(folder, display, held, diagnostics);
        output.Recover();
        return output;
    }

    public bool Exists(string fileName) => File.Exists(Path.Combine(Folder, fileName));

    /// <summary>True when the file is DocGen's and unchanged since it wrote it.</summary>
    public bool IsOurs(string fileName) => Ledger.WroteUnchanged(Folder, fileName);

    /// <summary>DG5004: the file of that name is not what DocGen last wrote, so it is left as it is.</summary>
    public void ReportNotOurs(string fileName) => _diagnostics.Error(DiagnosticIds.OutputNotOurs, Location(fileName),
        $"“{fileName}”不是 DocGen 上次写出的文件（可能在 Word/WPS 中改过或另有来源），为免丢失修改未覆盖它；确认可以覆盖时加 --force。");

    /// <summary>True, with DG5004, when a file of that name exists that DocGen must not overwrite.</summary>
    /// <param name="disk">The hash of the file's bytes now, read once by the caller; null when there is no readable file.</param>
    private bool Protects(string fileName, string? disk, bool force)
    {
        if (force || !Exists(fileName) || (disk is not null && disk == Ledger.Entries.GetValueOrDefault(fileName)?.Output))
            return false;
        ReportNotOurs(fileName);
        return true;
    }

    /// <summary>
    /// Writes the files that are not protected, each atomically, recording them in the ledger first (write-ahead):
    /// a build killed midway leaves every file matching either its old or its new hash.
    /// </summary>
    /// <returns>The names of the files written.</returns>
    public HashSet<string> Write(IReadOnlyList<OutputFile> files, bool force)
    {
        // Each file on disk is hashed once: for the DG5004 check and as the hash to fall back on if the build is killed.
        var disk = files.ToDictionary(f => f.FileName, f => ContentHash.OfFile(Path.Combine(Folder, f.FileName)), StringComparer.Ordinal);
        var allowed = files.Where(f => !Protects(f.FileName, disk[f.FileName], force)).ToList();
        var before = allowed.ToDictionary(f => f.FileName, f => Ledger.Entries.GetValueOrDefault(f.FileName), StringComparer.Ordinal);
        foreach (var file in allowed)
            Ledger.Entries[file.FileName] = file.Entry with { Previous = disk[file.FileName] };
        if (allowed.Count == 0 || !Save())
        {
            Restore(before);
            return [];
        }
        var written = allowed.Where(f => _writer.WriteOne(f.FileName, f.Content)).Select(f => f.FileName).ToHashSet(StringComparer.Ordinal);
        Restore(before.Where(b => !written.Contains(b.Key)));
        foreach (var file in allowed.Where(f => written.Contains(f.FileName)))
            Ledger.Entries[file.FileName] = file.Entry;
        Save();
        return written;
    }

    /// <summary>Deletes one of DocGen's unchanged files; false, with DG5009, when the system refuses.</summary>
    public bool Delete(string fileName)
    {
        if (!IsOurs(fileName))
            return false;
        try
        {
            File.Delete(Path.Combine(Folder, fileName));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _diagnostics.Error(DiagnosticIds.OutputDeleteFailed, Location(fileName),
                $"无法删除“{fileName}”（{IoReason.Of(e)}）；请关闭占用它的程序、检查权限后重新运行，或手动删除。");
            return false;
        }
        Ledger.Entries.Remove(fileName);
        return true;
    }

    /// <summary>Drops the record of a file that is gone.</summary>
    public void Forget(string fileName) => Ledger.Entries.Remove(fileName);

    /// <summary>Writes the ledger atomically; false, with DG5001, when it cannot be written.</summary>
    public bool Save() => _writer.WriteOne(BuildLedger.FileName, Encoding.UTF8.GetBytes(Ledger.Serialize()));

    public SourceLocation Location(string fileName) => new(Path.Combine(Display, fileName));

    public void Dispose() => _lock.Dispose();

    private void Restore(IEnumerable<KeyValuePair<string, LedgerEntry?>> entries)
    {
        foreach (var (name, entry) in entries)
        {
            if (entry is null)
                Ledger.Entries.Remove(name);
            else
                Ledger.Entries[name] = entry;
        }
    }

    /// <summary>
    /// Settles what an interrupted build left: a file still matching its old hash was not replaced (its inputs are
    /// then unknown, so it is rebuilt), and temporary files of DocGen's naming are removed.
    /// </summary>
    private void Recover()
    {
        foreach (var (name, entry) in Ledger.Entries.Where(e => e.Value.Previous is not null).ToList())
        {
            var disk = ContentHash.OfFile(Path.Combine(Folder, name));
            Ledger.Entries[name] = disk == entry.Previous && disk != entry.Output
                ? entry with { Output = entry.Previous!, Input = "", Previous = null }
                : entry with { Previous = null };
        }
        foreach (var temporary in Directory.EnumerateFiles(Folder, ".*.tmp").Where(f => TemporaryNames.IsTemporary(Path.GetFileName(f))))
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left for the next build; a temporary name is never mistaken for a document.
            }
        }
    }
}
