using DocGen.Diagnostics;
using DocGen.Domain;
using DocGen.Loading;

namespace DocGen.Binding;

/// <summary>Loads the files of a document set folder and binds them into a <see cref="DocumentSet"/>.</summary>
/// <param name="encoding">Forces the encoding of every file (<c>--encoding</c>); null detects it per file.</param>
internal sealed class DocumentSetBinder(DiagnosticBag diagnostics, System.Text.Encoding? encoding = null)
{
    public const string ManifestFile = "manifest.yaml";

    /// <param name="folder">The set's folder on disk.</param>
    /// <param name="displayFolder">The same folder as the user named it, used in diagnostics.</param>
    /// <returns>
    /// What could be bound, even where some of it was wrong, so the rules can report every problem at once (check the
    /// diagnostics for errors); null when a file could not be read at all.
    /// </returns>
    public DocumentSet? Bind(string folder, string displayFolder)
    {
        if (!Directory.Exists(folder))
        {
            diagnostics.Error(DiagnosticIds.FileMissing, new SourceLocation(displayFolder), $"找不到文件集目录“{displayFolder}”：用 docgen init {displayFolder} 新建一个，或写出已有文件集的目录（docgen build 目录）。");
            return null;
        }
        return BindFiles(folder, displayFolder);
    }

    private UnitNameStyle UnitNames(Manifest manifest)
    {
        if (manifest[ManifestFields.UnitNameStyle] is not { } style || style.Text == "全称")
            return UnitNameStyle.FullName;
        if (style.Text == "简称")
            return UnitNameStyle.ShortName;
        diagnostics.Error(DiagnosticIds.ManifestValueNotAllowed, style.Location, $"单位名称写法只能是“全称”或“简称”，此处为“{style.Text}”。");
        return UnitNameStyle.FullName;
    }

    private DocumentSet? BindFiles(string folder, string displayFolder)
    {
        using var tables = new TableReader(diagnostics, encoding);
        var manifest = new ManifestLoader(diagnostics, encoding).Load(Path.Combine(folder, ManifestFile), Path.Combine(displayFolder, ManifestFile));
        var unitTable = tables.ReadShared(folder, displayFolder, "units", "单位", [UnitBinder.NameColumn, UnitBinder.AliasColumn]);
        var phaseTable = tables.Read(folder, displayFolder, "phases", "工作步骤", PhaseBinder.Columns);
        var taskTable = tables.Read(folder, displayFolder, "tasks", "任务分工", TaskBinder.Columns);
        var progressTable = tables.Read(folder, displayFolder, "progress", "自查进展", ProgressBinder.Columns);
        var registerTable = tables.Read(folder, displayFolder, "register", "发文登记", RegisterBinder.Columns, optional: true);
        if (manifest is null || unitTable is null || phaseTable is null || taskTable is null || progressTable is null)
            return null;

        var (facts, sources) = new FactsBinder(diagnostics).Bind(manifest);
        var unitNames = UnitNames(manifest);
        var fonts = FontMapReader.Read(manifest, diagnostics);
        var units = new UnitBinder(diagnostics, unitNames).Bind(unitTable);
        var phases = new PhaseBinder(diagnostics).Bind(phaseTable);
        var tasks = new TaskBinder(diagnostics, units, phases, PhaseBinder.Names(phaseTable), facts?.SignDate.Year).Bind(taskTable);
        var progress = new ProgressBinder(diagnostics, units, tasks).Bind(progressTable);
        var register = registerTable is null ? [] : RegisterBinder.Bind(registerTable);
        return new DocumentSet(facts, sources, units, tasks, phases, progress, register, fonts, unitNames)
        {
            ProgressTable = (new SourceLocation(progressTable.Path), progressTable.Rows.Count),
            OfficeHeader = manifest[ManifestFields.OfficeHeader] is { Text.Length: > 0 } header ? new WrittenText(header.Text, header.Location) : null,
        };
    }
}
