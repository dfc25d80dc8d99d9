using System.Collections.Concurrent;
using DocGen.Tests.Support;

namespace DocGen.Tests.Render;

/// <summary>
/// Builds the sample set once and renders the documents a reviewer looks at (notice, plan, table, reports) to PDF
/// with LibreOffice; pages and rasters are read on demand and kept. Does nothing when a tool or a stand-in font is
/// missing, so each test reports that by name instead of failing on a measurement.
/// </summary>
public sealed class RenderedSampleFixture : IDisposable
{
    public static readonly string[] Documents =
        ["印发通知", "实施方案", "任务分工表", "全县自查报告", "自查报告-县市场监督管理局", "自查报告-县教育局"];

    private readonly TempFolder _folder = new();
    private readonly ConcurrentDictionary<string, IReadOnlyList<PdfPage>> _pages = new();
    private readonly ConcurrentDictionary<(string, int), PageRaster> _rasters = new();

    public RenderedSampleFixture()
    {
        if (RenderTools.Missing is not null)
            return;
        var output = _folder["out"];
        var result = SampleBuild.Build(Repository.SampleSet, output);
        if (!result.Succeeded)
            throw new InvalidOperationException(SampleBuild.Errors(result));
        RenderTools.ConvertToPdf(Documents.Select(d => Path.Combine(output, d + ".docx")), output);
        Folder = output;
    }

    public string Folder { get; } = "";

    public string Pdf(string document) => Path.Combine(Folder, document + ".pdf");

    public IReadOnlyList<PdfPage> Pages(string document) => _pages.GetOrAdd(document, d => PdfText.Read(Pdf(d)));

    public PageRaster Raster(string document, int page) => _rasters.GetOrAdd((document, page), key => PageRaster.Read(Pdf(key.Item1), key.Item2));

    /// <summary>Skips the calling test when rendering is impossible here, but fails it in CI, where it must run.</summary>
    public static void RequireTools() => RenderTools.Require(RenderTools.Missing, "the render tests");

    public void Dispose() => _folder.Dispose();
}
