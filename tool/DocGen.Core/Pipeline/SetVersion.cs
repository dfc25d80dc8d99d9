namespace DocGen.Pipeline;

/// <summary>One version of a set for <c>docgen diff</c>: its folder and the templates it is rendered with, each also as shown in messages.</summary>
public sealed record SetVersion(string SetFolder, string SetDisplay, string TemplatesFolder, string TemplatesDisplay);
