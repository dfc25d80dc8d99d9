using DocGen.Binding;
using DocGen.Diagnostics;
using DocGen.Diff;
using DocGen.Docx;
using DocGen.Domain;
using DocGen.Markdown;
using DocGen.Output;
using DocGen.Templates;

namespace DocGen.Pipeline;

/// <summary>
/// <c>docgen diff</c>: bind both versions → compare their task division (<see cref="SetDiffer"/>) → render every
/// document of both through the build's Markdown stage and diff their text → optionally the 调整说明, from the
/// <c>change-note.md.hbs</c> template with the set's own fonts, to DOCX.
/// </summary>
/// <param name="templates">Compiled templates shared with other work of the run; a cache of its own when null.</param>
public sealed class DiffPipeline(DiffOptions options, TemplateCache? templates = null)
{
    private readonly TemplateCache _templates = templates ?? new TemplateCache();

    public DiffResult Run()
    {
        var diagnostics = new DiagnosticBag();
        var errors = diagnostics.ErrorCount;
        var before = Bind(options.Before, diagnostics);
        var after = Bind(options.After, diagnostics);
        if (before?.Facts is null || after?.Facts is null)
            return new DiffResult(null, null, diagnostics.Items);
        var changes = SetDiffer.Compare(before, after);
        // A version with binding errors has no documents to render.
        var documents = diagnostics.ErrorCount == errors ? TextChanges(before, after, diagnostics) : null;
        var failed = options.NotePath is { } path && !WriteNote(changes, after, path, diagnostics);
        return new DiffResult(changes, documents, diagnostics.Items) { NoteFailed = failed };
    }

    /// <summary>
    /// The set as far as it can be read: a version with data errors is still compared, its errors printed with the rows
    /// they are at; only a set without a readable manifest cannot be.
    /// </summary>
    private static DocumentSet? Bind(SetVersion version, DiagnosticBag diagnostics) =>
        new DocumentSetBinder(diagnostics).Bind(version.SetFolder, version.SetDisplay);

    /// <returns>The documents whose text changed; null when a version's documents cannot be rendered (its errors reported).</returns>
    private List<DocumentTextChange>? TextChanges(DocumentSet before, DocumentSet after, DiagnosticBag diagnostics)
    {
        var old = Markdown(options.Before, before, diagnostics);
        var now = Markdown(options.After, after, diagnostics);
        return old is null || now is null ? null : [.. DocumentTextDiffer.Compare(old, now)];
    }

    private IReadOnlyList<(string FileName, string Markdown)>? Markdown(SetVersion version, DocumentSet set, DiagnosticBag diagnostics)
    {
        var rendering = new DiagnosticBag();
        // RenderMarkdown writes nothing, so the output folder is never used.
        var build = new BuildOptions(version.SetFolder, version.SetDisplay, version.TemplatesFolder, version.TemplatesDisplay, version.SetFolder, version.SetDisplay);
        var documents = new BuildPipeline(build, _templates).RenderMarkdown(set, rendering);
        AddNew(diagnostics, rendering);
        return documents;
    }

    /// <returns>False, with the reason in <paramref name="diagnostics"/>, when the note could not be written.</returns>
    private bool WriteNote(SetChanges changes, DocumentSet set, string path, DiagnosticBag diagnostics)
    {
        var errors = diagnostics.ErrorCount;
        var markdown = NoteMarkdown(ChangeNoteModel.Of(changes, set.CheckedFacts), diagnostics);
        // The set's 字体 over the GB/T 9704 defaults, as its documents are built with.
        var fonts = set.Fonts;
        var sourcePath = Path.Combine(options.NoteFolderDisplay, Path.ChangeExtension(Path.GetFileName(path), ".md"));
        var bytes = markdown is null ? null : new DocxDocumentWriter(fonts, set.CheckedFacts.SignDate).Write(new MarkdownParser().Parse(markdown), sourcePath, diagnostics);
        if (bytes is not null)
        {
            // The same rules as build: written atomically under the folder's lock and recorded in its ledger, so a second
            // run replaces its own note, while a file of that name that DocGen did not write is kept (DG5004).
            var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
            using var output = OutputFolder.Open(folder, options.NoteFolderDisplay, OutputFolder.DefaultLockWait, diagnostics);
            output?.Write([new OutputFile(Path.GetFileName(path), bytes,
                new LedgerEntry(ContentHash.Of($"{markdown}\n{fonts}"), ContentHash.Of(bytes), "", BuildPipeline.Version))], force: false);
        }
        return diagnostics.ErrorCount == errors;
    }

    /// <summary>The note from the newer version's templates, or from the built-ins when that folder has no note template.</summary>
    private string? NoteMarkdown(ChangeNoteModel model, DiagnosticBag diagnostics)
    {
        var loading = new DiagnosticBag();
        var (folder, display) = (_templates.Load(options.After.TemplatesFolder, options.After.TemplatesDisplay, loading), options.After.TemplatesDisplay);
        if (folder.ChangeNote is null)
            (folder, display) = (_templates.Load(options.NoteTemplatesFolder, options.NoteTemplatesDisplay, loading), options.NoteTemplatesDisplay);
        AddNew(diagnostics, loading);
        if (folder.ChangeNote is { } note)
            return folder.Engine.Render(note.Template, model, display, diagnostics);
        diagnostics.Error(DiagnosticIds.TemplateFileMissing, new SourceLocation(display),
            $"模板目录“{display}”中没有调整说明的模板（文件说明写“{FrontMatterReader.CopiesKey}: 比较时”的 change-note{TemplateEngine.Extension}），写不成调整说明。请从仓库的 templates/ 复制一份。");
        return null;
    }

    /// <summary>
    /// Rendering both versions with one templates folder, and loading the note's templates again, meet the problems
    /// already reported: each is reported once.
    /// </summary>
    private static void AddNew(DiagnosticBag diagnostics, DiagnosticBag more) =>
        diagnostics.AddRange(more.Items.Where(d => !diagnostics.Items.Contains(d)));
}
