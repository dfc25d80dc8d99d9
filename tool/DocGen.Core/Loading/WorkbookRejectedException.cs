using DocGen.Diagnostics;

namespace DocGen.Loading;

/// <summary>
/// Stops reading a workbook that passes a limit or breaks the format, deep inside a streaming read; the loader
/// that opened the workbook turns it into the diagnostic it carries.
/// </summary>
/// <param name="at">Where to report it; null means the sheet or workbook being read.</param>
internal sealed class WorkbookRejectedException(string id, string message, SourceLocation? at = null) : Exception(message)
{
    public string Id { get; } = id;

    public SourceLocation? At { get; } = at;
}
