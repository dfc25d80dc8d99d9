using DocGen.Templates;

namespace DocGen.Pipeline;

/// <summary>
/// A loaded template folder: its compiled templates, the documents they declare (the set's catalogue), and the
/// template of <c>docgen diff</c>'s 调整说明 when the folder has one (<c>份数: 比较时</c>, never built).
/// </summary>
internal sealed record TemplateFolder(TemplateEngine Engine, IReadOnlyList<DocumentDeclaration> Documents, DocumentDeclaration? ChangeNote = null);
