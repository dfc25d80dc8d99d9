namespace DocGen.Tests.Render;

/// <summary>
/// A page rasterised by pdftoppm (binary PPM), for what text boxes cannot show: where the ink of the red
/// 发文机关标志, the red line and the 版记 rules really is. Coordinates in millimetres from the top-left corner.
/// </summary>
public sealed class PageRaster
{
    public const int Dpi = 200;
    private const double MillimetresPerPixel = 25.4 / Dpi;
    private readonly byte[] _rgb;

    private PageRaster(int width, int height, byte[] rgb) => (Width, Height, _rgb) = (width, height, rgb);

    public int Width { get; }

    public int Height { get; }

    public static PageRaster Read(string pdf, int page)
    {
        var prefix = Path.Combine(Path.GetDirectoryName(pdf)!, $"{Path.GetFileNameWithoutExtension(pdf)}-raster-{page}");
        RenderTools.Run(RenderTools.PdfToPpm!, ["-r", Dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-f", $"{page}", "-l", $"{page}", "-singlefile", pdf, prefix], TimeSpan.FromMinutes(1));
        var bytes = File.ReadAllBytes(prefix + ".ppm");
        // P6 header: magic, width, height, maximum value, each followed by whitespace.
        var fields = new List<string>();
        var at = 0;
        while (fields.Count < 4)
        {
            while (char.IsWhiteSpace((char)bytes[at]))
                at++;
            var start = at;
            while (!char.IsWhiteSpace((char)bytes[at]))
                at++;
            fields.Add(System.Text.Encoding.ASCII.GetString(bytes, start, at - start));
        }
        at++;
        return new PageRaster(int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(fields[2], System.Globalization.CultureInfo.InvariantCulture), bytes[at..]);
    }

    public static double Mm(int pixels) => pixels * MillimetresPerPixel;

    public bool IsRed(int x, int y)
    {
        var (r, g, b) = Pixel(x, y);
        return r > 180 && g < 110 && b < 110;
    }

    public bool IsDark(int x, int y)
    {
        var (r, g, b) = Pixel(x, y);
        return r < 110 && g < 110 && b < 110;
    }

    /// <summary>Rows (top to bottom) with their inked extent for the given ink test: (row, first x, last x, count).</summary>
    public IEnumerable<(int Row, int First, int Last, int Count)> InkRows(Func<int, int, bool> ink)
    {
        for (var y = 0; y < Height; y++)
        {
            int first = -1, last = -1, count = 0;
            for (var x = 0; x < Width; x++)
                if (ink(x, y))
                {
                    if (first < 0)
                        first = x;
                    last = x;
                    count++;
                }
            if (count > 0)
                yield return (y, first, last, count);
        }
    }

    /// <summary>Rows whose longest unbroken run of ink is at least <paramref name="minMm"/> long (a dash, a rule).</summary>
    public IEnumerable<(double Top, double Left, double Right)> Runs(Func<int, int, bool> ink, double minMm, double belowMm = 0)
    {
        for (var y = (int)(belowMm / MillimetresPerPixel); y < Height; y++)
        {
            var start = -1;
            for (var x = 0; x <= Width; x++)
            {
                var inked = x < Width && ink(x, y);
                if (inked && start < 0)
                    start = x;
                else if (!inked && start >= 0)
                {
                    if (Mm(x - start) >= minMm)
                        yield return (Mm(y), Mm(start), Mm(x));
                    start = -1;
                }
            }
        }
    }

    /// <summary>The bounding box of the ink inside a window (all in millimetres); null when the window is blank.</summary>
    public (double Left, double Top, double Right, double Bottom)? InkBox(Func<int, int, bool> ink, double left, double top, double right, double bottom)
    {
        int x0 = int.MaxValue, y0 = int.MaxValue, x1 = -1, y1 = -1;
        for (var y = (int)(top / MillimetresPerPixel); y < Math.Min(Height, (int)(bottom / MillimetresPerPixel)); y++)
            for (var x = (int)(left / MillimetresPerPixel); x < Math.Min(Width, (int)(right / MillimetresPerPixel)); x++)
                if (ink(x, y))
                    (x0, y0, x1, y1) = (Math.Min(x0, x), Math.Min(y0, y), Math.Max(x1, x), Math.Max(y1, y));
        return x1 < 0 ? null : (Mm(x0), Mm(y0), Mm(x1 + 1), Mm(y1 + 1));
    }

    /// <summary>Rows that are horizontal rules: a nearly unbroken run of ink at least <paramref name="minMm"/> long.</summary>
    public IReadOnlyList<(double Top, double Left, double Right)> Rules(Func<int, int, bool> ink, double minMm) =>
        InkRows(ink).Where(r => Mm(r.Last - r.First) >= minMm && r.Count >= 0.95 * (r.Last - r.First + 1))
            .Select(r => (Mm(r.Row), Mm(r.First), Mm(r.Last + 1))).ToList();

    /// <summary>The colour of one pixel, for comparing two renderings.</summary>
    public (byte R, byte G, byte B) At(int x, int y) => Pixel(x, y);

    private (byte R, byte G, byte B) Pixel(int x, int y)
    {
        var i = 3 * ((y * Width) + x);
        return (_rgb[i], _rgb[i + 1], _rgb[i + 2]);
    }
}
