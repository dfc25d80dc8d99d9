using System.Text.RegularExpressions;

namespace DocGen.Output;

/// <summary>
/// The names DocGen writes a file under before moving it into place: <c>.&lt;file&gt;.&lt;8&gt;.&lt;3&gt;.tmp</c>, hidden and in the
/// 8.3 form of <see cref="Path.GetRandomFileName"/>, so a later build can tell its own leftovers (after a kill or a
/// power cut) from a user's files and remove them.
/// </summary>
internal static partial class TemporaryNames
{
    /// <summary>What a temporary name adds to the file name, in bytes: the dot in front and <c>.xxxxxxxx.xxx.tmp</c>.</summary>
    public const int AddedBytes = 18;

    public static string For(string fileName) => $".{fileName}.{Path.GetRandomFileName()}.tmp";

    public static bool IsTemporary(string fileName) => Pattern().IsMatch(fileName);

    [GeneratedRegex(@"^\..+\.[a-z0-9]{8}\.[a-z0-9]{3}\.tmp$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
