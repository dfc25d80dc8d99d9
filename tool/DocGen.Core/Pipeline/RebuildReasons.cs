namespace DocGen.Pipeline;

public static class RebuildReasons
{
    public static string Chinese(RebuildReason reason) => reason switch
    {
        RebuildReason.New => "首次生成",
        RebuildReason.DataChanged => "数据改动",
        RebuildReason.TemplatesChanged => "模板改动",
        RebuildReason.VersionChanged => "DocGen 版本变化",
        RebuildReason.Missing => "文件缺失",
        _ => "强制重新生成",
    };

    /// <summary>The reason as <c>--format json</c> gives it: stable ASCII for scripts.</summary>
    public static string Ascii(RebuildReason reason) => reason switch
    {
        RebuildReason.New => "new",
        RebuildReason.DataChanged => "data",
        RebuildReason.TemplatesChanged => "templates",
        RebuildReason.VersionChanged => "version",
        RebuildReason.Missing => "missing",
        _ => "forced",
    };
}
