namespace DocGen.Templates;

/// <summary>A template or partial as read from disk, kept so errors can point at its lines.</summary>
internal sealed record TemplateSource(string Name, string DisplayPath, string Text)
{
    public string[] Lines { get; } = Text.Split('\n');
}
