using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace DocGen.Templates;

/// <summary>
/// Keeps what a template writes while it stays within <paramref name="keepChars"/>; past that it keeps only a
/// SHA-256 of it. Either way the hash (of the UTF-16 code units) is the same, so a build can tell whether a document
/// changed without holding a 10,000-task document's Markdown, and need not render a short one twice.
/// </summary>
internal sealed class KeepOrHashWriter(int keepChars) : TextWriter(CultureInfo.InvariantCulture)
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private StringBuilder? _text = new();

    public override Encoding Encoding => Encoding.Unicode;

    public override void Write(char value) => Write(new ReadOnlySpan<char>(in value));

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        if (_text is not null && _text.Length + buffer.Length <= keepChars)
        {
            _text.Append(buffer);
            return;
        }
        if (_text is not null)
        {
            foreach (var chunk in _text.GetChunks())
                _hash.AppendData(MemoryMarshal.AsBytes(chunk.Span));
            _text = null;
        }
        _hash.AppendData(MemoryMarshal.AsBytes(buffer));
    }

    /// <summary>The text when it was kept, and the hash in lower-case hex; the writer is spent afterwards.</summary>
    public (string? Text, string Hash) Finish()
    {
        var text = _text?.ToString();
        if (text is not null)
            _hash.AppendData(MemoryMarshal.AsBytes(text.AsSpan()));
        return (text, Convert.ToHexStringLower(_hash.GetHashAndReset()));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            _hash.Dispose();
        base.Dispose(disposing);
    }
}
