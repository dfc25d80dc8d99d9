using DocGen.Diagnostics;

namespace DocGen.Output;

/// <summary>
/// Writes each file to a temporary name in the same folder and moves it into place only when complete, so an
/// interrupted build never leaves a half-written document; a file that cannot be replaced is reported by name.
/// </summary>
internal sealed class OutputWriter(string folder, string displayFolder, DiagnosticBag diagnostics)
{
    /// <returns>The names of the files that were written.</returns>
    public HashSet<string> Write(IReadOnlyList<(string FileName, byte[] Content)> files)
    {
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticIds.OutputFolderInvalid, new SourceLocation(displayFolder), $"无法创建输出目录：{IoReason.Of(e)}。");
            return [];
        }

        return files.Where(f => WriteOne(f.FileName, f.Content)).Select(f => f.FileName).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Writes one file into the (existing) folder atomically; false, with DG5001, when it cannot.</summary>
    internal bool WriteOne(string fileName, byte[] content)
    {
        var target = Path.Combine(folder, fileName);
        var temporary = Path.Combine(folder, TemporaryNames.For(fileName));
        try
        {
            File.WriteAllBytes(temporary, content);
            File.Move(temporary, target, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            diagnostics.Error(DiagnosticIds.OutputWriteFailed, new SourceLocation(Path.Combine(displayFolder, fileName)), Failure(fileName, e));
            return false;
        }
    }

    /// <summary>The cause in words: a name too long is not a document held open in Word.</summary>
    private static string Failure(string fileName, Exception e) => e switch
    {
        PathTooLongException => $"无法写入“{fileName}”：文件名或路径太长（{IoReason.Of(e)}）；请缩短 --out 目录的路径。",
        UnauthorizedAccessException => $"无法写入“{fileName}”：没有写权限（{IoReason.Of(e)}）。",
        _ => $"无法写入“{fileName}”（文件是否正在 Word/WPS 中打开，或磁盘已满？）：{IoReason.Of(e)}。",
    };

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: the next build into this folder removes temporary names of this form.
        }
    }
}
