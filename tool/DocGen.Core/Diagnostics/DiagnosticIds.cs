namespace DocGen.Diagnostics;

/// <summary>
/// Every diagnostic id DocGen prints, by stage: DG1 reading data, DG2 consistency of the set, DG3 templates,
/// DG4 Markdown/DOCX, DG5 output. README lists them; an id is never reused for another meaning.
/// </summary>
public static class DiagnosticIds
{
    // DG1: a file cannot be read, or a cell cannot be parsed.
    public const string FileMissing = "DG1001";
    public const string ColumnMissing = "DG1002";
    public const string CsvMalformed = "DG1003";
    public const string ManifestSyntax = "DG1004";
    public const string ManifestKeyMissing = "DG1005";
    public const string ManifestKeyUnknown = "DG1006";
    public const string ManifestValueNotText = "DG1007";
    public const string UnitNameEmpty = "DG1101";
    public const string UnitReportFlagInvalid = "DG1103";
    public const string TaskNumberInvalid = "DG1201";
    public const string ScoreInvalid = "DG1205";
    public const string DeadlineInvalid = "DG1206";
    public const string DateInvalid = "DG1208";
    public const string TaskTextMissing = "DG1209";
    public const string ProgressStatusInvalid = "DG1301";

    // DG2: facts that do not agree with each other.
    public const string DocumentNumberInvalid = "DG2001";
    public const string UnitAliasAmbiguous = "DG2101";
    public const string UnitUnknown = "DG2103";
    public const string LeadUnitMissing = "DG2104";
    public const string PhaseUnknown = "DG2303";
    public const string TaskNumberDuplicate = "DG2401";
    public const string ProgressTaskUnknown = "DG2406";
    public const string ProgressUnitNotAssigned = "DG2407";

    // DG3: templates.
    public const string TemplateSyntax = "DG3001";
    public const string TemplateValueMissing = "DG3002";
    public const string TemplateFileMissing = "DG3003";
    public const string TemplateRenderFailed = "DG3004";

    // DG4: Markdown the DOCX writer cannot carry.
    public const string MarkdownUnsupported = "DG4001";
    public const string MarkdownUnknownBlock = "DG4002";

    // DG5: writing output.
    public const string OutputWriteFailed = "DG5001";
    public const string OutputFolderInvalid = "DG5002";
    public const string OutputFolderNotEmpty = "DG5003";
}
