using DocGen.Diagnostics;

namespace DocGen.Output;

/// <summary>
/// Writes each file to a temporary name in the same folder and moves it into place only when complete, so an
/// interrupted build never leaves a half-written document; a file that cannot be replaced is reported by name.
/// </summary>
public sealed class OutputWriter(string folder, string displayFolder, DiagnosticBag diagnostics)
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
            diagnostics.Error(DiagnosticIds.OutputFolderInvalid, new SourceLocation(displayFolder), $"无法创建输出目录：{e.Message}");
            return [];
        }

        return files.Where(f => WriteOne(f.FileName, f.Content)).Select(f => f.FileName).ToHashSet(StringComparer.Ordinal);
    }

    private bool WriteOne(string fileName, byte[] content)
    {
        var target = Path.Combine(folder, fileName);
        var temporary = Path.Combine(folder, $".{fileName}.{Path.GetRandomFileName()}.tmp");
        try
        {
            File.WriteAllBytes(temporary, content);
            File.Move(temporary, target, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            diagnostics.Error(DiagnosticIds.OutputWriteFailed, new SourceLocation(Path.Combine(displayFolder, fileName)),
                $"无法写入“{fileName}”（文件是否正在 Word/WPS 中打开，或没有写权限？）：{e.Message}");
            return false;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: the temporary name starts with a dot and is overwritten by the next build.
        }
    }
}
