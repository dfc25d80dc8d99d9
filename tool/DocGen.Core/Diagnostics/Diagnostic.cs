namespace DocGen.Diagnostics;

/// <summary>One problem in the user's input, printed in the compiler format <c>path(line,col): error DGnnnn: message</c>.</summary>
public sealed record Diagnostic(string Id, Severity Severity, string Message, SourceLocation? Location)
{
    public override string ToString()
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        return Location is null ? $"docgen: {severity} {Id}: {Message}" : $"{Location}: {severity} {Id}: {Message}";
    }
}
