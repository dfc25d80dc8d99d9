namespace DocGen.Domain;

/// <summary>
/// Role → font name; the classic Windows names recipients expect (§10.1), overridable per document set (many
/// offices mandate 方正仿宋_GBK and the like): <c>FontMap.Standard.With(FontRole.FangSong, "方正仿宋_GBK")</c>, or
/// from a manifest's 字体 mapping through <see cref="TryParseRole"/>.
/// </summary>
internal sealed record FontMap(string XiaoBiaoSong, string FangSong, string HeiTi, string KaiTi, string SongTi, string Latin)
{
    public static FontMap Standard { get; } = new("方正小标宋简体", "仿宋_GB2312", "黑体", "楷体_GB2312", "宋体", "Times New Roman");

    /// <summary>The keys a manifest may use for each role, Chinese or English.</summary>
    public static IReadOnlyDictionary<string, FontRole> RoleNames { get; } = new Dictionary<string, FontRole>(StringComparer.OrdinalIgnoreCase)
    {
        ["小标宋"] = FontRole.XiaoBiaoSong, ["标题"] = FontRole.XiaoBiaoSong, ["xiaobiaosong"] = FontRole.XiaoBiaoSong, ["title"] = FontRole.XiaoBiaoSong,
        ["仿宋"] = FontRole.FangSong, ["正文"] = FontRole.FangSong, ["fangsong"] = FontRole.FangSong, ["body"] = FontRole.FangSong,
        ["黑体"] = FontRole.HeiTi, ["heiti"] = FontRole.HeiTi,
        ["楷体"] = FontRole.KaiTi, ["kaiti"] = FontRole.KaiTi,
        ["宋体"] = FontRole.SongTi, ["页码"] = FontRole.SongTi, ["songti"] = FontRole.SongTi,
        ["西文"] = FontRole.Latin, ["数字"] = FontRole.Latin, ["latin"] = FontRole.Latin,
    };

    public string this[FontRole role] => role switch
    {
        FontRole.XiaoBiaoSong => XiaoBiaoSong,
        FontRole.FangSong => FangSong,
        FontRole.HeiTi => HeiTi,
        FontRole.KaiTi => KaiTi,
        FontRole.SongTi => SongTi,
        FontRole.Latin => Latin,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    /// <summary>This map with one role's font replaced.</summary>
    public FontMap With(FontRole role, string name) => role switch
    {
        FontRole.XiaoBiaoSong => this with { XiaoBiaoSong = name },
        FontRole.FangSong => this with { FangSong = name },
        FontRole.HeiTi => this with { HeiTi = name },
        FontRole.KaiTi => this with { KaiTi = name },
        FontRole.SongTi => this with { SongTi = name },
        FontRole.Latin => this with { Latin = name },
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    /// <summary>The role a manifest key names (仿宋, fangsong, 正文 …); false for an unknown key, which deserves a diagnostic.</summary>
    public static bool TryParseRole(string key, out FontRole role) => RoleNames.TryGetValue(key.Trim(), out role);
}
