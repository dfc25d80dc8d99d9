using System.Globalization;
using System.Text.RegularExpressions;
using DocGen.Diagnostics;

namespace DocGen.Import;

/// <summary>
/// A number of tasks the prose states (<c>共112项任务</c>, <c>确定的63项重点任务</c>), to be compared with what was found.
/// </summary>
internal sealed partial record StatedCount(int Count, string Words, SourceLocation Location)
{
    public static StatedCount? Find(string prose, SourceLocation at) =>
        Pattern().Match(prose) is { Success: true } m && int.TryParse(m.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? new StatedCount(n, m.Value, at)
            : null;

    [GeneratedRegex(@"(?:共|合计|计)?(?<n>[0-9]{1,4})\s*项(?:重点|主要)?(?:工作)?任务")]
    private static partial Regex Pattern();
}
