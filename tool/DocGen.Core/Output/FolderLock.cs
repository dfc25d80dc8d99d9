using System.Diagnostics;
using DocGen.Diagnostics;

namespace DocGen.Output;

/// <summary>
/// Keeps two builds out of one output folder at once: an exclusive lock on <c>.docgen-build.lock</c>, released by the
/// system when the process ends however it ends. The file stays: deleting it would let a waiting build lock a file
/// that a third one no longer sees.
/// </summary>
internal sealed class FolderLock : IDisposable
{
    public const string FileName = ".docgen-build.lock";
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    private readonly FileStream _stream;

    private FolderLock(FileStream stream) => _stream = stream;

    /// <returns>The lock, or null (with DG5010 or DG5002) when another build holds it past <paramref name="wait"/>.</returns>
    public static FolderLock? Acquire(string folder, string displayFolder, TimeSpan wait, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(folder, FileName);
        var location = new SourceLocation(displayFolder);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                // Read access is enough to lock, so a folder that has become read-only still says why (DG5001) later.
                return new FolderLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.Read, FileShare.None));
            }
            catch (IOException) when (File.Exists(path) && clock.Elapsed < wait)
            {
                Thread.Sleep(Poll);
            }
            catch (IOException) when (File.Exists(path))
            {
                diagnostics.Error(DiagnosticIds.OutputFolderInUse, location,
                    $"输出目录正被另一个 DocGen 生成过程使用，等了 {wait.TotalSeconds:0} 秒仍未结束；请等它结束后再运行，或换一个 --out 目录。");
                return null;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(DiagnosticIds.OutputFolderInvalid, location, $"无法在输出目录中写文件（{IoReason.Of(e)}），请检查写权限或换一个 --out 目录。");
                return null;
            }
        }
    }

    public void Dispose() => _stream.Dispose();
}
