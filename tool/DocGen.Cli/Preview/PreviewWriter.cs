using System.Globalization;
using System.Text.RegularExpressions;

namespace DocGen.Cli.Preview;

/// <summary>
/// <c>--pdf</c> and <c>--preview</c>: converts the written DOCX files to PDF with LibreOffice and, for a preview, the
/// PDF pages to PNG with pdftoppm, next to the DOCX, so a reviewer can look without Word. LibreOffice gets its own
/// temporary profile, so parallel builds never fight over one. Missing tools are one line, not a failure: the
/// DOCX files are what the build promises.
/// </summary>
internal static class PreviewWriter
{
    private const int PreviewDpi = 80;
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <returns>True when everything asked for was written or a tool is simply missing; false when a tool failed.</returns>
    /// <param name="searchPath">Where to look for the tools, PATH when null.</param>
    public static bool Write(string outFolder, IReadOnlyList<string> docxNames, bool png, TextWriter output, TextWriter error, string? searchPath = null)
    {
        outFolder = Path.GetFullPath(outFolder);
        var soffice = ExternalTool.Find(searchPath, "soffice", "libreoffice");
        if (soffice is null)
        {
            error.WriteLine("未找到 LibreOffice（soffice），未生成 PDF 和预览图，DOCX 已照常写入；安装 libreoffice-writer 后可用 --pdf/--preview。");
            return true;
        }
        if (docxNames.Count == 0)
            return true;

        var profile = Path.Combine(Path.GetTempPath(), "docgen-lo-" + Guid.NewGuid().ToString("N"));
        try
        {
            var args = new List<string> { $"-env:UserInstallation={new Uri(profile).AbsoluteUri}", "--headless", "--convert-to", "pdf", "--outdir", outFolder };
            args.AddRange(docxNames.Select(name => Path.Combine(outFolder, name)));
            if (soffice.Run(args, Timeout) is { } failure)
            {
                error.WriteLine($"LibreOffice 转换 PDF 失败（{failure}），DOCX 已照常写入。");
                return false;
            }
        }
        finally
        {
            TryDelete(profile);
        }
        var pdfs = docxNames.Select(name => Path.ChangeExtension(name, ".pdf")).Where(pdf => File.Exists(Path.Combine(outFolder, pdf))).ToList();
        output.WriteLine($"已生成 {pdfs.Count} 个 PDF");
        return !png || WritePng(outFolder, pdfs, output, error, searchPath);
    }

    private static bool WritePng(string outFolder, IReadOnlyList<string> pdfs, TextWriter output, TextWriter error, string? searchPath)
    {
        var pdftoppm = ExternalTool.Find(searchPath, "pdftoppm");
        if (pdftoppm is null)
        {
            error.WriteLine("未找到 pdftoppm，未生成预览图；安装 poppler-utils 后可用 --preview。");
            return true;
        }
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        var pages = 0;
        // One pdftoppm per document, side by side: rasterising is the slow part of a preview.
        Parallel.ForEach(pdfs, pdf =>
        {
            var stem = Path.GetFileNameWithoutExtension(pdf);
            // Pages of an earlier, longer build would otherwise linger as if they were part of this one.
            var own = new Regex("^" + Regex.Escape(stem) + @"-\d+\.png$");
            foreach (var file in Directory.EnumerateFiles(outFolder, stem + "-*.png").Where(f => own.IsMatch(Path.GetFileName(f))))
                File.Delete(file);
            if (pdftoppm.Run(["-r", PreviewDpi.ToString(CultureInfo.InvariantCulture), "-png", Path.Combine(outFolder, pdf), Path.Combine(outFolder, stem)], Timeout) is { } failure)
                failures.Add($"pdftoppm 生成“{pdf}”的预览图失败（{failure}）。");
            Interlocked.Add(ref pages, Directory.EnumerateFiles(outFolder, stem + "-*.png").Count(f => own.IsMatch(Path.GetFileName(f))));
        });
        foreach (var failure in failures.Order(StringComparer.Ordinal))
            error.WriteLine(failure);
        if (!failures.IsEmpty)
            return false;
        output.WriteLine($"已生成 {pages} 张预览图（PNG，{PreviewDpi} dpi）");
        return true;
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover profile in the temp folder is harmless.
        }
    }
}
