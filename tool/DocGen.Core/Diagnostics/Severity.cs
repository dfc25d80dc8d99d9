namespace DocGen.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
