namespace DocGen.Docx;

/// <summary>The typefaces GB/T 9704 names by role (7.2–7.5, §10).</summary>
public enum FontRole
{
    XiaoBiaoSong,
    FangSong,
    HeiTi,
    KaiTi,
    SongTi,
}
