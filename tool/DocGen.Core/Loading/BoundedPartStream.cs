using System.Globalization;
using DocGen.Diagnostics;

namespace DocGen.Loading;

/// <summary>
/// A part's inflated bytes, refused past <see cref="XlsxLimits.PartBytes"/>. The size a zip entry declares is
/// checked when the workbook opens; this catches a part that inflates to more than it declared.
/// </summary>
internal sealed class BoundedPartStream(Stream inner, string partName) : Stream
{
    private long _read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        _read += read;
        if (_read > XlsxLimits.PartBytes)
            throw new WorkbookRejectedException(DiagnosticIds.WorkbookPartTooLarge, TooLarge(partName, null));
        return read;
    }

    /// <summary>The message for a part past the limit; <paramref name="bytes"/> is its declared size when known.</summary>
    public static string TooLarge(string partName, long? bytes)
    {
        var size = bytes is { } b ? string.Create(CultureInfo.InvariantCulture, $"有 {b / 1048576.0:0.#} MiB") : "超过";
        return $"工作簿中的“{partName}”解压后{size}，超过每个部件 {XlsxLimits.PartBytes / 1048576} MiB 的上限："
            + "正常的表格远小于此，这个文件可能已损坏，或是一个“压缩炸弹”。请在 Excel/WPS 中打开后另存为 .xlsx，或改用 CSV 文件。";
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            inner.Dispose();
        base.Dispose(disposing);
    }
}
