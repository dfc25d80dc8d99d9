using System.Text;
using DocGen.Diagnostics;

namespace DocGen.Import;

/// <summary>Chooses the reader by extension, and refuses what no plan looks like before reading it whole.</summary>
internal static class SourceReader
{
    /// <summary>A county plan is about 50 KB; a text ten times the size of the longest plan is not one.</summary>
    public const long MaxTextBytes = 5 * 1024 * 1024;

    /// <returns>The document, or null after reporting why it cannot be read.</returns>
    public static SourceDocument? Read(string path, string displayPath, Encoding? encoding, DiagnosticBag diagnostics)
    {
        var at = new SourceLocation(displayPath);
        if (!File.Exists(path))
        {
            diagnostics.Error(DiagnosticIds.ImportSourceUnreadable, at, $"找不到文件“{displayPath}”。");
            return null;
        }
        var extension = Path.GetExtension(path).ToLowerInvariant();
        var length = new FileInfo(path).Length;
        if (length == 0)
        {
            diagnostics.Error(DiagnosticIds.ImportNotAPlan, at, $"“{displayPath}”是空文件，没有可导入的内容。");
            return null;
        }
        switch (extension)
        {
            case ".docx":
                return DocxSourceReader.Read(path, displayPath, diagnostics);
            case ".txt" or ".md":
                if (length > MaxTextBytes)
                {
                    diagnostics.Error(DiagnosticIds.ImportSourceUnreadable, at,
                        $"“{displayPath}”有 {length / 1048576} MiB，超过 {MaxTextBytes / 1048576} MiB 的上限：一份实施方案远小于此，请确认选对了文件。");
                    return null;
                }
                return TextSourceReader.Read(path, displayPath, encoding, diagnostics);
            case ".doc" or ".wps" or ".rtf" or ".odt":
                diagnostics.Error(DiagnosticIds.ImportSourceUnreadable, at,
                    $"暂不能直接导入 {extension} 文件“{displayPath}”：请先在 Word/WPS 中另存为 .docx 再导入。");
                return null;
            default:
                diagnostics.Error(DiagnosticIds.ImportSourceUnreadable, at,
                    $"无法识别“{displayPath}”的类型：可导入 .docx、.txt 和 .md 文件。");
                return null;
        }
    }
}
