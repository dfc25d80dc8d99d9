using System.Diagnostics;
using DocGen.Tests.Support;

namespace DocGen.Tests.Render;

/// <summary>
/// The programs the render tests call: LibreOffice (soffice), pdftotext and pdftoppm (poppler-utils). Each
/// conversion gets its own LibreOffice profile so parallel runs never share a lock, and fonts come from
/// tests/fonts/fonts.conf (gbt9704.md §10.3) unless FONTCONFIG_FILE already names another file. The fonts are
/// checked before anything renders (<see cref="FontStandIns"/>), so a missing stand-in is reported by name.
/// </summary>
public static class RenderTools
{
    public const string HowToEnable =
        "render tests need LibreOffice, poppler-utils and the stand-in fonts: apt-get install libreoffice-writer-nogui poppler-utils fonts-noto-cjk fonts-liberation2 " +
        "(and tests/fonts/fetch-fonts.sh for the Fandol fonts)";

    public static string? Soffice { get; } = ChildProcess.Find("soffice") ?? ChildProcess.Find("libreoffice");

    public static string? PdfToText { get; } = ChildProcess.Find("pdftotext");

    public static string? PdfToPpm { get; } = ChildProcess.Find("pdftoppm");

    /// <summary>Why rendering cannot run here, or null when it can: a missing program, or a font without its stand-in.</summary>
    public static string? Missing => MissingOnce.Value;

    private static readonly Lazy<string?> MissingOnce = new(() =>
        Soffice is null ? "soffice not found; " + HowToEnable
        : PdfToText is null || PdfToPpm is null ? "pdftotext/pdftoppm not found; " + HowToEnable
        : FontStandIns.Missing());

    /// <summary>Skips the calling test when <paramref name="missing"/> names something absent, but fails it in CI, where it must run.</summary>
    public static void Require(string? missing, string what)
    {
        if (missing is null)
            return;
        if (Environment.GetEnvironmentVariable("CI") is { Length: > 0 })
            Assert.Fail($"CI must run {what}: {missing}");
        Skip.If(true, missing);
    }

    public static string FontConfig =>
        Environment.GetEnvironmentVariable("FONTCONFIG_FILE") is { Length: > 0 } file ? file : Path.Combine(Repository.Root, "tests", "fonts", "fonts.conf");

    /// <summary>
    /// PDF export that keeps the blank page LibreOffice inserts before a section starting on an even page (the 版记's,
    /// 7.5); its headless default drops it, and the PDF would then no longer print double-sided as the document does.
    /// </summary>
    public const string PdfWithBlankPages = "pdf:writer_pdf_Export:{\"IsSkipEmptyPages\":{\"type\":\"boolean\",\"value\":\"false\"}}";

    /// <summary>Converts the DOCX files to PDF in <paramref name="outFolder"/> in one LibreOffice run.</summary>
    public static void ConvertToPdf(IEnumerable<string> docxFiles, string outFolder)
    {
        var profile = Path.Combine(outFolder, ".lo-profile");
        var args = new List<string> { $"-env:UserInstallation={new Uri(profile).AbsoluteUri}", "--headless", "--convert-to", PdfWithBlankPages, "--outdir", outFolder };
        args.AddRange(docxFiles);
        Run(Soffice!, args, TimeSpan.FromMinutes(5));
    }

    public static string Run(string program, IEnumerable<string> args, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = AppContext.BaseDirectory };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["FONTCONFIG_FILE"] = FontConfig;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish within {timeout}");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} exited with {process.ExitCode}: {error.Result}");
        return output.Result;
    }
}
