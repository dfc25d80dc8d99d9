namespace DocGen.Domain;

/// <summary>The Chinese words for <see cref="ProgressStatus"/>, the only values progress.csv accepts.</summary>
internal static class ProgressStatusNames
{
    private static readonly Dictionary<string, ProgressStatus> ByName = new(StringComparer.Ordinal)
    {
        ["已完成"] = ProgressStatus.Completed,
        ["推进中"] = ProgressStatus.InProgress,
        ["未启动"] = ProgressStatus.NotStarted,
        ["合理缺项"] = ProgressStatus.NotApplicable,
    };

    public static IEnumerable<string> All => ByName.Keys;

    public static bool TryParse(string text, out ProgressStatus status) => ByName.TryGetValue(text.Trim(), out status);

    public static string Name(ProgressStatus status) => ByName.First(p => p.Value == status).Key;
}
