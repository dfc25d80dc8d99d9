using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace DocGen.Templates;

/// <summary>
/// A writer that keeps nothing but a SHA-256 of what was written (its UTF-16 code units), so a build can tell whether
/// a document changed without holding every document's Markdown at once.
/// </summary>
internal sealed class HashingWriter : TextWriter
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public HashingWriter() : base(CultureInfo.InvariantCulture) { }

    public override Encoding Encoding => Encoding.Unicode;

    public override void Write(char value) => Write(new ReadOnlySpan<char>(in value));

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer) => _hash.AppendData(MemoryMarshal.AsBytes(buffer));

    /// <summary>The hash in lower-case hex; the writer is spent afterwards.</summary>
    public string Finish() => Convert.ToHexStringLower(_hash.GetHashAndReset());

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            _hash.Dispose();
        base.Dispose(disposing);
    }
}
