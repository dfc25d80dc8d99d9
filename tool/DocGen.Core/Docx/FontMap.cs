namespace DocGen.Docx;

/// <summary>Role → font name; the classic Windows names recipients expect (§10.1), overridable per set.</summary>
public sealed record FontMap(string XiaoBiaoSong, string FangSong, string HeiTi, string KaiTi, string SongTi, string Latin)
{
    public static FontMap Standard { get; } = new("方正小标宋简体", "仿宋_GB2312", "黑体", "楷体_GB2312", "宋体", "Times New Roman");

    public string this[FontRole role] => role switch
    {
        FontRole.XiaoBiaoSong => XiaoBiaoSong,
        FontRole.FangSong => FangSong,
        FontRole.HeiTi => HeiTi,
        FontRole.KaiTi => KaiTi,
        _ => SongTi,
    };
}
