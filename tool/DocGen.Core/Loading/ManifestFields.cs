namespace DocGen.Loading;

/// <summary>The keys a manifest may hold (Chinese or English spelling); README documents the same list.</summary>
internal static class ManifestFields
{
    public static readonly ManifestField Issuer = new("issuer", "发文机关", true, "发文机关全称，用于署名");
    public static readonly ManifestField IssuerMark = new("issuerMark", "发文机关标志", true, "版头红色发文机关标志，如“威县人民政府办公室文件”");
    public static readonly ManifestField DocumentNumber = new("documentNumber", "发文字号", true, "印发通知的发文字号，如“威政办〔2023〕1号”");
    public static readonly ManifestField SignDate = new("signDate", "成文日期", true, "如“2023年1月19日”");
    public static readonly ManifestField Recipients = new("recipients", "主送机关", true, "印发通知的主送机关，可写成列表");
    public static readonly ManifestField CopyTo = new("copyTo", "抄送机关", false, "版记中的抄送机关，可写成列表");
    public static readonly ManifestField Printer = new("printer", "印发机关", false, "版记中的印发机关，缺省为发文机关");
    public static readonly ManifestField PrintDate = new("printDate", "印发日期", false, "版记中的印发日期，缺省为成文日期");
    public static readonly ManifestField Approver = new("approver", "批准机关", false, "通知正文“已经……同意”中的机关，如“县人民政府”");
    public static readonly ManifestField Publicity = new("publicity", "附注", false, "附注，如“此件公开发布”（不带括号）");
    public static readonly ManifestField Jurisdiction = new("jurisdiction", "辖区", true, "县、区或市名，如“威县”");
    public static readonly ManifestField Campaign = new("campaign", "工作名称", true, "如“创建国家食品安全示范城市”");
    public static readonly ManifestField PlanTitle = new("planTitle", "方案标题", true, "实施方案标题");
    public static readonly ManifestField TableTitle = new("tableTitle", "分工表标题", false, "任务分工表标题，缺省为方案标题后加“任务分工表”");
    public static readonly ManifestField SelfCheckDeadline = new("selfCheckDeadline", "自查截止日期", true, "各单位报送自查报告的截止日期");
    public static readonly ManifestField ReportRecipient = new("reportRecipient", "自查报告报送机关", true, "各单位自查报告的主送机关");
    public static readonly ManifestField JurisdictionReporter = new("jurisdictionReporter", "全域自查报告机关", true, "全县（区、市）自查报告的发文机关");
    public static readonly ManifestField JurisdictionReportRecipient = new("jurisdictionReportRecipient", "全域自查报告主送机关", true, "全县（区、市）自查报告的主送机关");
    public static readonly ManifestField ReportDate = new("reportDate", "自查报告日期", true, "自查报告的成文日期，也是判断任务是否逾期的基准日");
    public static readonly ManifestField SelfCheckPhase = new("selfCheckPhase", "自查阶段", false, "自查截止日期所在的阶段名；缺省为名称或工作内容含“自查”的阶段");
    public static readonly ManifestField CategoryScores = new("categoryScores", "类别分值", false, "各类别分值合计，如“基础工作: 60”，用于核对 tasks.csv 的分值", IsMapping: true);
    public static readonly ManifestField Fonts = new("fonts", "字体", false, "按角色改用字体，如“仿宋: 方正仿宋_GBK”；角色：小标宋（标题）、仿宋（正文）、黑体、楷体、宋体（页码）、西文（数字）", IsMapping: true);
    public static readonly ManifestField OfficeHeader = new("officeHeader", "版头", false, "本机关设计好的版头：文件集目录中的 .docx 或 .dotx，取其第一页红色分隔线及以上部分，如“红头.docx”");
    public static readonly ManifestField UnitNameStyle = new("unitNameStyle", "单位名称写法", false, "“全称”（缺省）或“简称”（用 units.csv 中的第一个简称）");

    public static readonly IReadOnlyList<ManifestField> All =
    [
        Issuer, IssuerMark, DocumentNumber, SignDate, Recipients, CopyTo, Printer, PrintDate, Approver, Publicity,
        Jurisdiction, Campaign, PlanTitle, TableTitle, SelfCheckDeadline, ReportRecipient, JurisdictionReporter,
        JurisdictionReportRecipient, ReportDate, SelfCheckPhase, CategoryScores, Fonts, UnitNameStyle, OfficeHeader,
    ];
}
