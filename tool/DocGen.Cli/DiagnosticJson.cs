using System.Text.Json.Serialization;
using DocGen.Diagnostics;

namespace DocGen.Cli;

/// <summary>
/// One diagnostic as <c>--format json</c> prints it (README lists the fields). A workbook's place is its sheet and
/// cell, not a line; what has no place has nulls, never a line 0.
/// </summary>
internal sealed record DiagnosticJson(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? File,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Sheet,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Cell,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? Line,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? Column,
    string Severity,
    string Id,
    string Message)
{
    public static DiagnosticJson From(Diagnostic diagnostic)
    {
        var at = diagnostic.Location;
        var severity = diagnostic.Severity == Diagnostics.Severity.Error ? "error" : "warning";
        if (at?.Sheet is { } sheet)
            return new(at.Path, sheet, at.Line > 0 ? SourceLocation.ColumnName(Math.Max(at.Column, 1)) + at.Line : null, null, null, severity, diagnostic.Id, diagnostic.Message);
        return new(at?.Path, null, null, at?.Line > 0 ? at.Line : null, at?.Column > 0 ? at.Column : null, severity, diagnostic.Id, diagnostic.Message);
    }
}
