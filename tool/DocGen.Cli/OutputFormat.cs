namespace DocGen.Cli;

/// <summary>How diagnostics are printed: <c>text</c> for people, <c>json</c> for CI and editors.</summary>
internal enum OutputFormat
{
    Text,
    Json,
}
