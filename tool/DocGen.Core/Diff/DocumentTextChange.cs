namespace DocGen.Diff;

/// <summary>
/// One document whose rendered Markdown differs between two versions: its file name, and the unified diff of its
/// Markdown (<c>@@ -12,3 +12,3 @@</c> hunks, three lines of context; a document only one version makes is all
/// <c>+</c> or all <c>-</c>).
/// </summary>
public sealed record DocumentTextChange(string File, string Diff);
