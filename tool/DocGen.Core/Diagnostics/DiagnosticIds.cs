namespace DocGen.Diagnostics;

/// <summary>
/// Every diagnostic id DocGen prints, by stage: DG1 reading data, DG2 consistency of the set, DG3 templates,
/// DG4 Markdown/DOCX, DG5 output. README lists them; an id is never reused for another meaning.
/// </summary>
public static class DiagnosticIds
{
    // DG0: the command line itself (printed by the CLI).
    public const string CommandLineUsage = "DG0001";

    // DG1: a file cannot be read, or a cell cannot be parsed.
    public const string FileMissing = "DG1001";
    public const string ColumnMissing = "DG1002";
    public const string CsvMalformed = "DG1003";
    public const string ManifestSyntax = "DG1004";
    public const string ManifestKeyMissing = "DG1005";
    public const string ManifestKeyUnknown = "DG1006";
    public const string ManifestValueNotText = "DG1007";
    public const string ManifestValueNotAllowed = "DG1008";
    public const string EncodingInvalid = "DG1009";
    public const string WorkbookUnreadable = "DG1010";
    public const string WorkbookPartTooLarge = "DG1011";
    public const string WorkbookCellOutsideSheet = "DG1012";
    public const string WorkbookMergeTooLarge = "DG1013";
    public const string WorkbookTableTwice = "DG1014";
    public const string OfficeHeaderMissing = "DG1015";
    public const string OfficeHeaderUnreadable = "DG1016";
    public const string OfficeHeaderNoRedLine = "DG1017";
    public const string OfficeHeaderNoNumber = "DG1018";
    public const string UnitNameEmpty = "DG1101";
    public const string UnitReportFlagInvalid = "DG1103";
    public const string TaskNumberInvalid = "DG1201";
    public const string ScoreInvalid = "DG1205";
    public const string DeadlineInvalid = "DG1206";
    public const string DateInvalid = "DG1208";
    public const string TaskTextMissing = "DG1209";
    public const string ProgressStatusInvalid = "DG1301";

    // DG2: facts that do not agree with each other (Rules/RuleCatalog.cs), and names binding cannot resolve (Binding/BindingIds.cs).
    public const string DocumentNumberInvalid = "DG2001";
    public const string DocumentNumberYear = "DG2002";
    public const string DocumentNumberReused = "DG2003";
    public const string DateNotCanonical = "DG2011";
    public const string PrintDateBeforeSignDate = "DG2012";
    public const string UnitAliasAmbiguous = "DG2101";
    public const string UnitSpelledTwoWays = "DG2102";
    public const string UnitUnknown = "DG2103";
    public const string LeadUnitMissing = "DG2104";
    public const string UnitLeadsAndShares = "DG2105";
    public const string SeveralLeadUnits = "DG2106";
    public const string ReportFileNameClash = "DG2110";
    public const string PhaseEndsBeforeStart = "DG2201";
    public const string PhasesOverlap = "DG2202";
    public const string PhaseGap = "DG2203";
    public const string PhaseBeforeSignDate = "DG2204";
    public const string SelfCheckOutsidePhase = "DG2205";
    public const string SelfCheckPhaseMissing = "DG2206";
    public const string PhaseDatesOpen = "DG2207";
    public const string DeadlineOutsidePhases = "DG2301";
    public const string DeadlineOutsideItsPhase = "DG2302";
    public const string PhaseUnknown = "DG2303";
    public const string TaskUntimed = "DG2304";
    public const string TaskNumberDuplicate = "DG2401";
    public const string TaskNumberOrder = "DG2402";
    public const string GroupNotContiguous = "DG2403";
    public const string CategoryScoreMismatch = "DG2404";
    public const string ProgressTaskUnknown = "DG2406";
    public const string ProgressUnitNotAssigned = "DG2407";
    public const string UnitWithoutProgress = "DG2408";
    public const string ProgressDuplicate = "DG2409";

    // DG3: templates.
    public const string TemplateSyntax = "DG3001";
    public const string TemplateValueMissing = "DG3002";
    public const string TemplateFileMissing = "DG3003";
    public const string TemplateRenderFailed = "DG3004";
    public const string TemplateTypesHeadingNumber = "DG3005";
    public const string TemplateUnescapedValue = "DG3006";
    public const string TemplateHelperUnknown = "DG3007";
    public const string TemplateOutsideFolder = "DG3008";
    public const string TemplateBudgetExceeded = "DG3009";
    public const string TemplatePartialRecursive = "DG3010";
    public const string TemplateUnreadable = "DG3011";
    public const string TemplateFrontMatterMissing = "DG3012";
    public const string TemplateFrontMatterSyntax = "DG3013";
    public const string TemplateFrontMatterValue = "DG3014";
    public const string TemplateFileNameClash = "DG3015";
    public const string TemplatePartsUndeclared = "DG3016";
    public const string TemplateFrontMatterAssumed = "DG3017";

    // DG4: Markdown the DOCX writer cannot carry.
    public const string MarkdownUnsupported = "DG4001";
    public const string MarkdownUnknownBlock = "DG4002";

    // DG5: writing output.
    public const string OutputWriteFailed = "DG5001";
    public const string OutputFolderInvalid = "DG5002";
    public const string OutputFolderNotEmpty = "DG5003";
    public const string OutputNotOurs = "DG5004";
    public const string OutputStale = "DG5005";
    public const string GitUnavailable = "DG5006";
    public const string OutputFolderClash = "DG5007";
    public const string LedgerEntryIgnored = "DG5008";
    public const string OutputDeleteFailed = "DG5009";
    public const string OutputFolderInUse = "DG5010";
    public const string PreviewToolMissing = "DG5011";

    // DG6: import, reading an existing plan back into a set (Import/). Errors stop the import; warnings are the source's own mistakes.
    public const string ImportSourceUnreadable = "DG6001";
    public const string ImportNotAPlan = "DG6002";
    public const string ImportSignDateMalformed = "DG6101";
    public const string ImportDocumentNumberMissing = "DG6102";
    public const string ImportDocumentNumberMalformed = "DG6103";
    public const string ImportTitleMismatch = "DG6104";
    public const string ImportFactsMissing = "DG6105";
    public const string ImportCountMismatch = "DG6106";
    public const string ImportListCountMismatch = "DG6107";
    public const string ImportHeadingNumberDuplicate = "DG6201";
    public const string ImportHeadingNumberSkipped = "DG6202";
    public const string ImportBracketUnbalanced = "DG6203";
    public const string ImportLeadFromPartners = "DG6301";
    public const string ImportTextWithoutUnits = "DG6302";
    public const string ImportDeadlinesMissing = "DG6303";
    public const string ImportTasksUnassigned = "DG6304";
    public const string ImportPhaseSpanUnreadable = "DG6401";
    public const string ImportPhaseBoundOpen = "DG6402";
    public const string ImportUnitSpellingsGrouped = "DG6501";
    public const string ImportUnitsConcatenated = "DG6502";
    public const string ImportUnitCutOff = "DG6503";

    // DG9: a defect in DocGen itself.
    public const string Internal = "DG9001";
}
