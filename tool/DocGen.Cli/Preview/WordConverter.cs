using DocGen.Diagnostics;

namespace DocGen.Cli.Preview;

/// <summary>
/// Turns the word-processor formats import cannot read itself (.doc, .wps, .rtf, .odt) into .docx with LibreOffice,
/// in a scratch folder and with a throw-away profile as <c>--pdf</c> does, so the source's folder is never written to.
/// The converted file keeps the original's display name, so messages still point at the file the office has.
/// </summary>
internal static class WordConverter
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);
    private static readonly string[] Convertible = [".doc", ".wps", ".rtf", ".odt"];

    public static bool NeedsConversion(string path) => Convertible.Contains(Path.GetExtension(path).ToLowerInvariant());

    /// <param name="searchPath">Where to look for LibreOffice, PATH when null.</param>
    /// <returns>The sources to import, with converted paths in place of the originals; null after reporting why not.</returns>
    public static IReadOnlyList<(string Path, string Display)>? Convert(IReadOnlyList<(string Path, string Display)> sources, ScratchFolder scratch,
        DiagnosticBag diagnostics, string? searchPath = null)
    {
        if (!sources.Any(s => NeedsConversion(s.Path)))
            return sources;
        var soffice = ExternalTool.Find(searchPath, "soffice", "libreoffice");
        var result = new List<(string Path, string Display)>();
        var failed = false;
        for (var i = 0; i < sources.Count; i++)
        {
            var (path, display) = sources[i];
            if (!NeedsConversion(path) || !File.Exists(path))
            {
                result.Add(sources[i]);
                continue;
            }
            var extension = Path.GetExtension(path).ToLowerInvariant();
            if (soffice is null)
            {
                diagnostics.Error(DiagnosticIds.ImportSourceUnreadable, new SourceLocation(display),
                    $"导入 {extension} 文件需要 LibreOffice（soffice），本机未找到：请安装 libreoffice-writer（Debian/Ubuntu：apt-get install libreoffice-writer），或在 Word/WPS 中另存为 .docx 再导入。");
                failed = true;
                continue;
            }
            // One folder per source: two sources may share a file name in different folders.
            var outDir = scratch[$"converted-{i}"];
            var failure = soffice.Run(
                [scratch.LibreOfficeProfileOption, "--headless", "--convert-to", "docx", "--outdir", outDir, Path.GetFullPath(path)],
                Timeout);
            var converted = Path.Combine(outDir, Path.GetFileNameWithoutExtension(path) + ".docx");
            if (failure is not null || !File.Exists(converted))
            {
                diagnostics.Error(DiagnosticIds.ImportSourceUnreadable, new SourceLocation(display),
                    $"LibreOffice 未能把“{display}”转换为 .docx（{failure ?? "没有生成文件"}）：文件可能已损坏，或不是它的扩展名所说的格式。");
                failed = true;
                continue;
            }
            result.Add((converted, display));
        }
        return failed ? null : result;
    }
}
