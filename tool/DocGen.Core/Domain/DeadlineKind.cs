namespace DocGen.Domain;

internal enum DeadlineKind
{
    /// <summary>A date range ending on <see cref="Deadline.End"/>.</summary>
    Dated,

    /// <summary>No end: 长期坚持, 持续推进, 常态化推进, 每季度, or a start followed by 开始.</summary>
    OpenEnded,

    /// <summary>合理缺项: the task does not apply here.</summary>
    NotApplicable,

    /// <summary>Left empty: many plans time their work per phase, not per task.</summary>
    Unspecified,

    /// <summary>Could not be read (already reported); kept so other rows can still refer to the task.</summary>
    Unreadable,
}
