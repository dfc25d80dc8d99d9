using System.Text.RegularExpressions;
using DocGen.Diagnostics;
using DocGen.Domain;

namespace DocGen.Import;

/// <summary>
/// Finds the 印发通知's facts in the paragraphs before a plan's first 一、 heading: the 版头 (<c>XX文件</c>), the
/// 发文字号 in any bracket form (or a website's 文号 field), the title <c>XX关于印发《…》的通知</c>, the 主送机关 line
/// ending in a colon, the 落款 and its 成文日期, and the plan's own title. Values are kept as found; the source's
/// mistakes are reported with the paragraph they are in.
/// </summary>
internal sealed partial class NoticeReader(DiagnosticBag diagnostics)
{
    /// <summary>A website's empty 文号 field was reported where it is; the summary need not say it again.</summary>
    public bool ReportedMissingNumber { get; private set; }

    public NoticeFacts Read(IReadOnlyList<SourceParagraph> front, string displayPath)
    {
        var facts = new NoticeFacts();
        var title = front.Select((p, i) => (p, i, m: NoticeTitle().Match(p.Text))).FirstOrDefault(x => x.m.Success);
        if (title.m is { } t)
        {
            var quoted = Quoted().Match(t.Groups["what"].Value);
            facts = facts with
            {
                Issuer = NonEmpty(t.Groups["issuer"].Value),
                PlanTitle = quoted.Success ? quoted.Groups[1].Value : t.Groups["what"].Value,
            };
        }
        var mark = front.FirstOrDefault(p => IssuerMark().IsMatch(p.Text));
        facts = facts with { IssuerMark = mark?.Text, DocumentNumber = Number(front) };
        var afterTitle = title.m is null ? front : front.Skip(title.i + 1).ToList();
        var recipients = afterTitle.FirstOrDefault(p => p.Text.Length <= 100 && p.Text[^1] is '：' or ':' && p.Text[..^1].IndexOfAny(['：', ':']) < 0);
        if (recipients is not null)
            facts = facts with { Recipients = recipients.Text[..^1].Trim() };
        // The transmittal names the plan in 《》 even where the title does not (a website's copy drops them).
        if (afterTitle.FirstOrDefault(p => p.Text.Contains("印发", StringComparison.Ordinal) && Quoted().IsMatch(p.Text)) is { } transmittal
            && (title.m is null || !Quoted().IsMatch(title.m.Value)))
            facts = facts with { PlanTitle = Quoted().Match(transmittal.Text).Groups[1].Value };
        return SignatureAndDate(facts, afterTitle, displayPath) with { PlanTitle = CheckPlanTitle(facts.PlanTitle, front, title.m is null ? null : title.p) };
    }

    private NoticeFacts SignatureAndDate(NoticeFacts facts, IReadOnlyList<SourceParagraph> paragraphs, string displayPath)
    {
        var index = paragraphs.ToList().FindIndex(p => DateLike().IsMatch(p.Text));
        if (index < 0)
            return facts;
        var found = paragraphs[index];
        var text = found.Text.Trim();
        var date = ChineseDate.TryParse(text, out var parsed) ? ChineseDate.Format(parsed)
            : ChineseNumeralDate.TryParse(text) is { } converted ? converted
            : null;
        if (date is null)
            diagnostics.Warning(DiagnosticIds.ImportSignDateMalformed, found.Location,
                $"成文日期“{text}”不是有效的日期，已按原样写入 manifest.yaml；请改成“2023年1月19日”的形式。");
        // The 落款 is the line above the date (GB/T 9704 7.3.5.1); it is the issuer's full name.
        var issuer = index > 0 && paragraphs[index - 1].Text is { Length: <= 30 } name && !name.Contains('。', StringComparison.Ordinal) ? name : null;
        return facts with { SignDate = date ?? text, Issuer = issuer ?? facts.Issuer };
    }

    private string? Number(IReadOnlyList<SourceParagraph> front)
    {
        foreach (var paragraph in front)
        {
            var number = DocumentNumberLike().Match(paragraph.Text);
            var field = WebsiteNumberField().Match(paragraph.Text);
            if (!number.Success && field.Success)
                number = DocumentNumberLike().Match(field.Groups["v"].Value);
            if (!number.Success)
            {
                if (field.Success)
                {
                    diagnostics.Warning(DiagnosticIds.ImportDocumentNumberMissing, paragraph.Location,
                        "原文的“文号”一栏是空的，没有发文字号；请在 manifest.yaml 中补填“发文字号”。");
                    ReportedMissingNumber = true;
                    return null;
                }
                continue;
            }
            var text = number.Value.Trim();
            if (!DocumentNumber.TryParse(text, out _))
                diagnostics.Warning(DiagnosticIds.ImportDocumentNumberMalformed, paragraph.Location,
                    $"发文字号“{text}”不合 GB/T 9704 的写法（六角括号〔〕、四位年份、序号不加“第”不编虚位），已按原样写入 manifest.yaml。");
            return text;
        }
        return null;
    }

    /// <summary>The plan's own title line; reported when the notice names the plan otherwise.</summary>
    private string? CheckPlanTitle(string? fromNotice, IReadOnlyList<SourceParagraph> front, SourceParagraph? noticeTitle)
    {
        var own = PlanTitleParagraph(front);
        if (own is null || own == noticeTitle)
            return fromNotice;
        if (fromNotice is not null && own.Text != fromNotice)
            diagnostics.Warning(DiagnosticIds.ImportTitleMismatch, own.Location,
                $"方案标题“{own.Text}”与通知中的“{fromNotice}”不同，manifest.yaml 采用通知中的写法；请核对。");
        return fromNotice ?? own.Text;
    }

    /// <summary>The plan's own title line, which the plan's preamble follows; the notice title ends in 通知, never matches.</summary>
    public static SourceParagraph? PlanTitleParagraph(IReadOnlyList<SourceParagraph> front) =>
        front.LastOrDefault(p => p.Text.Length <= 60 && PlanTitleLine().IsMatch(p.Text));

    private static string? NonEmpty(string text) => text.Trim() is { Length: > 0 } t ? t : null;

    [GeneratedRegex(@"^(?<issuer>.*?)关于印发(?<what>.+?)的通知$")]
    private static partial Regex NoticeTitle();

    [GeneratedRegex("《([^《》]+)》")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"^\S{2,30}文件$")]
    private static partial Regex IssuerMark();

    // Any bracket, so a wrong one is found and reported rather than missed: 〔〕 [] 【】 （） () ［］.
    [GeneratedRegex(@"^[^\s〔\[【（(［《]{1,15}\s*[〔\[【（(［]\s*[0-9０-９]{4}\s*[〕\]】）)］]\s*第?\s*[0-9０-９]+\s*号$")]
    private static partial Regex DocumentNumberLike();

    [GeneratedRegex(@"文号\s*[:：][\s\u00a0]*(?<v>[^\s\u00a0]*)")]
    private static partial Regex WebsiteNumberField();

    [GeneratedRegex(@"^[0-9０-９〇○零一二三四五六七八九十年月日.\-/\s]{5,20}$")]
    private static partial Regex DateLike();

    [GeneratedRegex(@"(方案|计划|办法|规划|意见)$")]
    private static partial Regex PlanTitleLine();
}
