using DocGen.Diagnostics;
using DocGen.Pipeline;

namespace DocGen.Cli;

/// <summary>
/// Where each set of a run writes: with several sets, <c>--out/&lt;set folder name&gt;</c>. Two sets with one folder
/// name (<c>a/镇 b/镇</c>) or a set without one (<c>/</c>) would write into one folder and replace each other's files,
/// so that is an error before anything is written.
/// </summary>
internal static class SetOutputs
{
    /// <summary>The set as one folder, however it was typed (<c>data/</c>, <c>./data</c>).</summary>
    public static string Identity(string set) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(set));

    public static string Folder(string outFolder, string set, bool several) =>
        several ? Path.Combine(outFolder, Path.GetFileName(Identity(set))) : outFolder;

    /// <summary>Reports (DG5007) every set whose output folder is not its own; DG5002 once when --out is a file.</summary>
    public static void Check(IReadOnlyList<BuildOptions> sets, string outFolder, DiagnosticBag diagnostics)
    {
        if (sets.Count < 2)
            return;
        if (File.Exists(outFolder))
        {
            diagnostics.Error(DiagnosticIds.OutputFolderInvalid, new SourceLocation(Locations.Display(outFolder)),
                "--out 指向的是一个已有的文件，无法在其中为各文件集建立输出目录；请换一个目录。");
            return;
        }
        foreach (var nameless in sets.Where(s => Path.GetFileName(Identity(s.SetFolder)).Length == 0))
            diagnostics.Error(DiagnosticIds.OutputFolderClash, null,
                $"文件集“{nameless.SetDisplay}”没有目录名，无法在 {Locations.Display(outFolder)} 下为它单建输出目录；请单独生成它，或把它放进一个有名字的目录。");
        // Ignoring case: on Windows and macOS 贺营镇/Town and town are one folder.
        foreach (var clash in sets.GroupBy(s => Path.GetFullPath(s.OutFolder), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var first = clash.First();
            foreach (var other in clash.Skip(1))
                diagnostics.Error(DiagnosticIds.OutputFolderClash, null,
                    $"文件集“{first.SetDisplay}”和“{other.SetDisplay}”都会写到“{other.OutDisplay}”，一个会覆盖另一个的文件；请把其中一个文件集目录改名，或分两次用不同的 --out 生成。");
        }
    }
}
