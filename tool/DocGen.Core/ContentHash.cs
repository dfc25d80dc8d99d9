using System.Security.Cryptography;
using System.Text;

namespace DocGen;

/// <summary>
/// SHA-256 in lower-case hex: what the ledger records of each file written, and how templates and inputs are
/// fingerprinted for incremental builds. One definition, so the two always agree.
/// </summary>
public static class ContentHash
{
    public static string Of(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static string Of(string text) => Of(Encoding.UTF8.GetBytes(text));

    /// <summary>The hash of a file's bytes, read as a stream; null when there is no readable file.</summary>
    public static string? OfFile(string path)
    {
        try
        {
            if (!File.Exists(path))
                return null;
            using var stream = File.OpenRead(path);
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
