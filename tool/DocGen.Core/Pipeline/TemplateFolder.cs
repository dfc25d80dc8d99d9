using DocGen.Templates;

namespace DocGen.Pipeline;

/// <summary>A loaded template folder: its compiled templates and the documents they declare, the set's catalogue.</summary>
internal sealed record TemplateFolder(TemplateEngine Engine, IReadOnlyList<DocumentDeclaration> Documents);
