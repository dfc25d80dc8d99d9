namespace DocGen.Templates;

/// <summary>How many copies of a document a set gets (front matter <c>份数</c> and <c>单位</c>).</summary>
internal enum DocumentCopies
{
    /// <summary><c>份数: 一份</c>.</summary>
    OncePerSet,

    /// <summary>
    /// <c>份数: 每单位一份</c> with <c>单位: 自查报告单位</c>: one for each unit whose <c>自查报告</c> is not 否 and that
    /// carries a task.
    /// </summary>
    PerReportingUnit,

    /// <summary>
    /// <c>份数: 比较时</c>: not a document of the set, so <c>docgen build</c> never makes it; <c>docgen diff --docx</c>
    /// renders it (the 调整说明) to the file it is given.
    /// </summary>
    OnComparison,
}
