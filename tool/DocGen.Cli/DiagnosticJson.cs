namespace DocGen.Cli;

/// <summary>One diagnostic as <c>--format json</c> prints it (README lists the fields).</summary>
internal sealed record DiagnosticJson(string? File, int? Line, int? Column, string Severity, string Id, string Message);
