namespace DocGen.Domain;

/// <summary>The typefaces GB/T 9704 names by role (7.2–7.5, §10), plus the face for digits and Latin letters.</summary>
public enum FontRole
{
    /// <summary>小标宋: 发文机关标志, titles (7.2.4, 7.3.1).</summary>
    XiaoBiaoSong,

    /// <summary>仿宋: body, 主送, levels 3–4, 署名, 版记, tables (5.2.2).</summary>
    FangSong,

    /// <summary>黑体: level-1 headings, 附件 label, table headers (7.3.3, 7.3.7).</summary>
    HeiTi,

    /// <summary>楷体: level-2 headings (7.3.3).</summary>
    KaiTi,

    /// <summary>宋体: page numbers, in every slot (7.5).</summary>
    SongTi,

    /// <summary>Digits and Latin letters in the ascii/hAnsi slots of every other role [practice: Times New Roman].</summary>
    Latin,
}
