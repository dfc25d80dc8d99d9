namespace DocGen.Pipeline;

/// <summary>Why a document was (re)generated, as the build summary says it.</summary>
public enum RebuildReason
{
    New,
    DataChanged,
    TemplatesChanged,
    VersionChanged,
    Missing,
    Forced,
}
