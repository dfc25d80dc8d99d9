namespace DocGen.Templates;

/// <summary>The model a document's template renders (front matter <c>模型</c>: <c>set</c>, <c>unit</c>, <c>jurisdiction</c>, <c>change</c>).</summary>
internal enum DocumentModelKind
{
    /// <summary><c>SetModel</c>.</summary>
    Set,

    /// <summary><c>UnitReportModel</c>.</summary>
    UnitReport,

    /// <summary><c>JurisdictionReportModel</c>.</summary>
    JurisdictionReport,

    /// <summary><c>ChangeNoteModel</c>, the 调整说明 of <c>docgen diff</c>.</summary>
    ChangeNote,
}
