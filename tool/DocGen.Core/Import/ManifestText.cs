using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace DocGen.Import;

/// <summary>
/// The manifest.yaml an import writes: the notice's facts, and 辖区 and 工作名称 derived from the issuer and the plan
/// title. YamlDotNet's emitter quotes whatever needs quoting. Required keys the sources do not give are listed in a
/// comment, so <c>docgen check</c> names them until a person fills them in.
/// </summary>
internal static partial class ManifestText
{
    private static readonly string[] NeverInSource = ["自查截止日期", "自查报告报送机关", "自查报告日期", "全域自查报告机关", "全域自查报告主送机关"];

    public static IReadOnlyList<(string Key, string? Value)> Entries(ImportedSet set)
    {
        var notice = set.Notice;
        var jurisdiction = Jurisdiction(notice.Issuer) ?? Jurisdiction(notice.PlanTitle);
        return
        [
            ("发文机关", notice.Issuer),
            // GB/T 9704 7.2.2: the mark is the issuer's name followed by 文件.
            ("发文机关标志", notice.IssuerMark ?? (notice.Issuer is { } issuer ? issuer + "文件" : null)),
            ("发文字号", notice.DocumentNumber),
            ("成文日期", notice.SignDate),
            ("主送机关", notice.Recipients),
            ("辖区", jurisdiction),
            ("工作名称", Campaign(notice.PlanTitle, jurisdiction)),
            ("方案标题", notice.PlanTitle),
            .. notice.TableTitle is { } table ? [("分工表标题", (string?)table)] : Array.Empty<(string, string?)>(),
            .. NeverInSource.Select(key => (key, (string?)null)),
        ];
    }

    public static IReadOnlyList<string> Missing(ImportedSet set) => Entries(set).Where(e => e.Value is null).Select(e => e.Key).ToList();

    public static string Write(ImportedSet set)
    {
        var entries = Entries(set);
        var text = new StringWriter { NewLine = "\n" };
        var emitter = new Emitter(text);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        emitter.Emit(new Comment("由 docgen import 从已有方案生成。值按原文写入；原文的错误见 import 的警告。", isInline: false));
        if (entries.Where(e => e.Value is null).Select(e => e.Key).ToList() is { Count: > 0 } missing)
            emitter.Emit(new Comment($"原文没有给出、需要补填的键：{string.Join("、", missing)}", isInline: false));
        emitter.Emit(new MappingStart(null, null, isImplicit: true, MappingStyle.Block));
        foreach (var (key, value) in entries.Where(e => e.Value is not null))
        {
            emitter.Emit(new Scalar(key));
            emitter.Emit(new Scalar(null, null, value!, ScalarStyle.Any, isPlainImplicit: true, isQuotedImplicit: true));
        }
        emitter.Emit(new MappingEnd());
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        // Without a single fact the mapping is written “{}”, and a key a person adds under it breaks the YAML.
        return entries.Any(e => e.Value is not null) ? text.ToString() : text.ToString().Replace("{}\n", "", StringComparison.Ordinal);
    }

    /// <summary>The county, district, city or town that begins a name: 威县人民政府办公室 → 威县.</summary>
    private static string? Jurisdiction(string? name) =>
        name is not null && JurisdictionPrefix().Match(name) is { Success: true } m ? m.Value : null;

    /// <summary>The plan title without the jurisdiction and 工作实施方案: 威县创建国家食品安全示范城市工作实施方案 → 创建国家食品安全示范城市.</summary>
    private static string? Campaign(string? title, string? jurisdiction)
    {
        if (title is null)
            return null;
        var campaign = jurisdiction is not null && title.StartsWith(jurisdiction, StringComparison.Ordinal) ? title[jurisdiction.Length..] : title;
        campaign = PlanSuffix().Replace(campaign, "");
        return campaign.Length > 0 ? campaign : null;
    }

    [GeneratedRegex("^[^，。、《》]{1,8}?[县区市旗镇乡]")]
    private static partial Regex JurisdictionPrefix();

    [GeneratedRegex("(工作)?(实施)?(方案|计划)$")]
    private static partial Regex PlanSuffix();
}
