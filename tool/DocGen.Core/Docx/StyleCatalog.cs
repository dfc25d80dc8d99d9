using DocGen.Domain;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocGen.Docx;

/// <summary>Every paragraph role of GB/T 9704 as a (paragraph, run) format pair (clauses 7.2–7.5, §8.3).</summary>
internal static class StyleCatalog
{
    private static readonly RunFormat FangSong3 = new(FontRole.FangSong, GbT9704.SizeSanHao);
    private static readonly ParagraphFormat Indented = new(FirstLine: GbT9704.FirstLineIndent);
    private static readonly JustificationValues Center = JustificationValues.Center;

    public static readonly IReadOnlyList<(string Id, string Name, ParagraphFormat Paragraph, RunFormat Run)> Paragraphs =
    [
        (StyleIds.Body, "公文正文", Indented, FangSong3),
        (StyleIds.Title, "公文标题", new(Align: Center), new(FontRole.XiaoBiaoSong, GbT9704.SizeErHao)),
        (StyleIds.Heading1, "一级标题", Indented with { KeepNext = true }, new(FontRole.HeiTi, GbT9704.SizeSanHao)),
        (StyleIds.Heading2, "二级标题", Indented with { KeepNext = true }, new(FontRole.KaiTi, GbT9704.SizeSanHao)),
        (StyleIds.Heading3, "三级标题", Indented with { KeepNext = true }, FangSong3),
        (StyleIds.Heading4, "四级标题", Indented, FangSong3),
        (StyleIds.RedHead, "发文机关标志", new(Line: GbT9704.SizeXiaoChu * 10 * 102 / 100, Align: Center, Before: GbT9704.RedHeadOffset), new(FontRole.XiaoBiaoSong, GbT9704.SizeXiaoChu, GbT9704.Red)),
        (StyleIds.DocumentNumber, "发文字号", new(Align: Center), FangSong3),
        (StyleIds.RedLine, "版头分隔线", new(Line: GbT9704.RedLineGap), FangSong3),
        (StyleIds.Recipient, "主送机关", new(), FangSong3),
        (StyleIds.Signature, "署名和成文日期", new(Align: JustificationValues.Right), FangSong3),
        (StyleIds.AttachmentList, "附件说明", new(Left: 5 * GbT9704.CharacterCell, Hanging: 3 * GbT9704.CharacterCell), FangSong3),
        (StyleIds.AttachmentLabel, "附件标识", new(Align: JustificationValues.Left), new(FontRole.HeiTi, GbT9704.SizeSanHao)),
        (StyleIds.TableText, "表格文字", new(Line: GbT9704.TableLinePitch), new(FontRole.FangSong, GbT9704.SizeXiaoSi)),
        (StyleIds.TableHeader, "表头文字", new(Line: GbT9704.TableLinePitch, Align: Center), new(FontRole.HeiTi, GbT9704.SizeXiaoSi)),
        (StyleIds.Colophon, "版记", new(Line: GbT9704.LinePitch), new(FontRole.FangSong, GbT9704.SizeSiHao)),
        // 7.5: odd pages right, even pages left, one 4号 character in from the type-area edge.
        (StyleIds.Footer, "页码（单页）", new(Line: 240, Right: GbT9704.SiHaoCell, Align: JustificationValues.Right, Exact: false), new(FontRole.SongTi, GbT9704.SizeSiHao)),
        (StyleIds.FooterEven, "页码（双页）", new(Line: 240, Left: GbT9704.SiHaoCell, Align: JustificationValues.Left, Exact: false), new(FontRole.SongTi, GbT9704.SizeSiHao)),
    ];

    public static readonly IReadOnlyList<(string Id, string Name, RunFormat Run)> Characters =
    [
        (StyleIds.Heading1Char, "一级标题字符", new(FontRole.HeiTi, GbT9704.SizeSanHao)),
        (StyleIds.Heading2Char, "二级标题字符", new(FontRole.KaiTi, GbT9704.SizeSanHao)),
    ];
}
