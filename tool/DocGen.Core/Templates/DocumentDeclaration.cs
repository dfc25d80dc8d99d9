using DocGen.Diagnostics;

namespace DocGen.Templates;

/// <summary>
/// What a top-level template says in its front matter it produces: the file name, how many copies, the model it
/// renders and whether it carries the 版头 and 版记 (GB/T 9704 7.2, 7.4). <see cref="FileNameAt"/> is where the
/// <c>文件</c> value stands, for a clash of file names found only when the set is known; <see cref="RedheadAt"/> and
/// <see cref="ColophonAt"/> where 版头 and 版记 are written (the front matter's first line when they are not).
/// </summary>
internal sealed record DocumentDeclaration(
    string Template,
    FileNamePattern FileName,
    DocumentCopies Copies,
    DocumentModelKind Model,
    bool Redhead,
    bool Colophon,
    SourceLocation FileNameAt)
{
    public required SourceLocation RedheadAt { get; init; }

    public required SourceLocation ColophonAt { get; init; }
}
