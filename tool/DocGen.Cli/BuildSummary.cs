using DocGen.Pipeline;

namespace DocGen.Cli;

/// <summary>The one line a build ends with: what it regenerated and why, what it skipped, how long it took.</summary>
internal static class BuildSummary
{
    public static string Format(BuildResult result, string outDisplay, long milliseconds)
    {
        var removed = result.Removed.Count > 0 ? $"，删除 {result.Removed.Count} 个不再对应任何内容的文件" : "";
        if (result.Written.Count == 0)
            return $"没有文件需要重新生成：{result.Skipped.Count} 个文件的输入均未变化{removed}（{milliseconds} 毫秒）";
        var reasons = string.Join("、", result.Written.GroupBy(w => w.Reason).OrderBy(g => g.Key)
            .Select(g => $"{RebuildReasons.Chinese(g.Key)} {g.Count()}"));
        var skipped = result.Skipped.Count > 0 ? $"，跳过 {result.Skipped.Count} 个未变的文件" : "";
        return $"已生成 {result.Written.Count} 个文件到 {outDisplay}（{reasons}）{skipped}{removed}（{milliseconds} 毫秒）";
    }
}
