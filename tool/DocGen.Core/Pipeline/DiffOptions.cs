namespace DocGen.Pipeline;

/// <summary>
/// What <c>docgen diff</c> compares, and where its 调整说明 goes. The note's template is the newer version's
/// <c>change-note.md.hbs</c>, or the one in <see cref="NoteTemplatesFolder"/> (the built-ins) when the set's own
/// templates were copied before there was one.
/// </summary>
public sealed record DiffOptions(SetVersion Before, SetVersion After, string NoteTemplatesFolder, string NoteTemplatesDisplay)
{
    /// <summary>The 调整说明 DOCX to write; none when null.</summary>
    public string? NotePath { get; init; }

    /// <summary>The note's folder as shown in messages.</summary>
    public string NoteFolderDisplay { get; init; } = ".";
}
