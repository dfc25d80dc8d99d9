using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using DocGen.Diagnostics;
using DocGen.Output;
using DocGen.Pipeline;

namespace DocGen.Cli.Preview;

/// <summary>
/// <c>--pdf</c> and <c>--preview</c>: converts the written DOCX files to PDF with LibreOffice and, for a preview, the
/// PDF pages to PNG with pdftoppm, so a reviewer can look without Word. Both tools write into a scratch folder; the
/// results enter the output folder through its ledger, as companions of their DOCX, so a PDF or page someone else
/// put there is never overwritten or deleted (DG5004). A missing tool is DG5011: asked for and not made, though the
/// DOCX files stand.
/// </summary>
internal static class PreviewWriter
{
    private const int PreviewDpi = 80;
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <summary>What the step made: whether everything asked for was written, the PDF and PNG files, and the diagnostics to print.</summary>
    public sealed record Result(bool Ok, IReadOnlyList<string> Written, IReadOnlyList<Diagnostic> Diagnostics);

    /// <param name="output">Where the counts go (stderr when stdout carries JSON); <paramref name="error"/> takes tool failures.</param>
    /// <param name="searchPath">Where to look for the tools, PATH when null.</param>
    public static Result Write(BuildOptions options, IReadOnlyList<string> docxNames, bool png, bool force, TextWriter output, TextWriter error, string? searchPath = null)
    {
        var diagnostics = new DiagnosticBag();
        var written = new List<string>();
        if (ExternalTool.Find(searchPath, "soffice", "libreoffice") is not { } soffice)
        {
            diagnostics.Error(DiagnosticIds.PreviewToolMissing, new SourceLocation(options.OutDisplay),
                "未找到 LibreOffice（soffice），未生成 PDF 和预览图，DOCX 已照常写入；请安装 libreoffice-writer（Debian/Ubuntu：apt-get install libreoffice-writer）。");
            return new Result(false, written, diagnostics.Items);
        }
        if (docxNames.Count == 0)
            return new Result(true, written, diagnostics.Items);

        using var scratch = new ScratchFolder();
        // Held from reading the DOCX to recording the last page, so no other build changes them meanwhile.
        using var folder = OutputFolder.Open(options.OutFolder, options.OutDisplay, options.LockWait, diagnostics);
        if (folder is null)
            return new Result(false, written, diagnostics.Items);
        // LibreOffice is the slow part of a build: a DOCX whose PDF (and pages) DocGen made from its current bytes is left alone.
        var stale = docxNames.Where(docx => force || !UpToDate(folder, docx, png)).ToList();
        if (stale.Count < docxNames.Count)
            output.WriteLine($"{docxNames.Count - stale.Count} 个文件的 PDF{(png ? "和预览图" : "")}已是最新");
        var ok = stale.Count == 0 || Convert(folder, soffice, scratch, stale, png, force, output, error, searchPath, diagnostics, written);
        return new Result(ok && !diagnostics.HasErrors, written, diagnostics.Items);
    }

    /// <summary>Whether the DOCX's PDF, and with <paramref name="png"/> its pages, are DocGen's, unchanged, and made from the DOCX as it is now.</summary>
    private static bool UpToDate(OutputFolder folder, string docx, bool png)
    {
        var hash = ContentHash.OfFile(Path.Combine(folder.Folder, docx));
        bool Current(string name) => folder.Ledger.Entries.TryGetValue(name, out var entry)
            && entry.Companion == docx && entry.Input == hash && folder.IsOurs(name);
        if (hash is null || !Current(Path.ChangeExtension(docx, ".pdf")))
            return false;
        if (!png)
            return true;
        var own = PagePattern(Path.GetFileNameWithoutExtension(docx));
        var pages = folder.Ledger.Entries.Where(e => e.Value.Companion == docx && own.IsMatch(e.Key)).Select(e => e.Key).ToList();
        return pages.Count > 0 && pages.All(Current);
    }

    private static bool Convert(OutputFolder folder, ExternalTool soffice, ScratchFolder scratch, IReadOnlyList<string> docxNames,
        bool png, bool force, TextWriter output, TextWriter error, string? searchPath, DiagnosticBag diagnostics, List<string> written)
    {
        var args = new List<string>
        {
            // Keep the blank page before a 版记 that starts on an even page (7.5); LibreOffice's headless export drops it.
            scratch.LibreOfficeProfileOption, "--headless", "--convert-to", """pdf:writer_pdf_Export:{"IsSkipEmptyPages":{"type":"boolean","value":"false"}}""", "--outdir", scratch["pdf"],
        };
        args.AddRange(docxNames.Select(name => Path.Combine(folder.Folder, name)));
        if (soffice.Run(args, Timeout) is { } failure)
        {
            error.WriteLine($"LibreOffice 转换 PDF 失败（{failure}），DOCX 已照常写入。");
            return false;
        }
        var pdfs = docxNames.Select(docx => (Docx: docx, Pdf: Path.ChangeExtension(docx, ".pdf")))
            .Where(d => File.Exists(Path.Combine(scratch["pdf"], d.Pdf)))
            .ToList();
        var pdfWritten = folder.Write(pdfs.Select(d => Companion(folder, d.Docx, d.Pdf, Path.Combine(scratch["pdf"], d.Pdf))).ToList(), force);
        written.AddRange(pdfWritten.Order(StringComparer.Ordinal));
        output.WriteLine($"已生成 {pdfWritten.Count} 个 PDF");
        return !png || WritePng(folder, scratch, pdfs, force, output, error, searchPath, diagnostics, written);
    }

    private static bool WritePng(OutputFolder folder, ScratchFolder scratch, IReadOnlyList<(string Docx, string Pdf)> pdfs, bool force,
        TextWriter output, TextWriter error, string? searchPath, DiagnosticBag diagnostics, List<string> written)
    {
        if (ExternalTool.Find(searchPath, "pdftoppm") is not { } pdftoppm)
        {
            diagnostics.Error(DiagnosticIds.PreviewToolMissing, new SourceLocation(folder.Display),
                "未找到 pdftoppm，PDF 已生成，未生成预览图；请安装 poppler-utils（Debian/Ubuntu：apt-get install poppler-utils）。");
            return false;
        }
        var failures = new ConcurrentBag<string>();
        Directory.CreateDirectory(scratch["png"]);
        // One pdftoppm per document, side by side: rasterising is the slow part of a preview.
        Parallel.ForEach(pdfs, d =>
        {
            var stem = Path.GetFileNameWithoutExtension(d.Pdf);
            var args = new[] { "-r", PreviewDpi.ToString(CultureInfo.InvariantCulture), "-png", Path.Combine(scratch["pdf"], d.Pdf), Path.Combine(scratch["png"], stem) };
            if (pdftoppm.Run(args, Timeout) is { } failure)
                failures.Add($"pdftoppm 生成“{d.Pdf}”的预览图失败（{failure}）。");
        });
        var pages = 0;
        foreach (var (docx, pdf) in pdfs)
        {
            var own = PagePattern(Path.GetFileNameWithoutExtension(pdf));
            var made = Directory.EnumerateFiles(scratch["png"]).Select(Path.GetFileName).OfType<string>().Where(p => own.IsMatch(p)).Order(StringComparer.Ordinal).ToList();
            var pageWritten = folder.Write(made.Select(page => Companion(folder, docx, page, Path.Combine(scratch["png"], page))).ToList(), force);
            written.AddRange(pageWritten.Order(StringComparer.Ordinal));
            pages += pageWritten.Count;
            // Pages of an earlier, longer version would otherwise linger as if they were part of this one.
            foreach (var old in folder.Ledger.Entries.Where(e => e.Value.Companion == docx && own.IsMatch(e.Key) && !made.Contains(e.Key)).Select(e => e.Key).ToList())
                if (!folder.Exists(old))
                    folder.Forget(old);
                else
                    folder.Delete(old);
        }
        folder.Save();
        foreach (var failure in failures.Order(StringComparer.Ordinal))
            error.WriteLine(failure);
        if (!failures.IsEmpty)
            return false;
        output.WriteLine($"已生成 {pages} 张预览图（PNG，{PreviewDpi} dpi）");
        return true;
    }

    /// <summary>A PDF or page as the ledger records it: made from the DOCX's current bytes.</summary>
    private static OutputFile Companion(OutputFolder folder, string docx, string name, string madeAt)
    {
        var bytes = File.ReadAllBytes(madeAt);
        var input = ContentHash.OfFile(Path.Combine(folder.Folder, docx)) ?? "";
        return new OutputFile(name, bytes, new LedgerEntry(input, ContentHash.Of(bytes), "", BuildPipeline.Version) { Companion = docx });
    }

    private static Regex PagePattern(string stem) => new("^" + Regex.Escape(stem) + @"-\d+\.png$", RegexOptions.CultureInvariant);
}
