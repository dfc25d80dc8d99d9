using System.CommandLine;
using DocGen.Binding;
using DocGen.Diagnostics;
using DocGen.Diff;
using DocGen.Docx;
using DocGen.Domain;
using DocGen.Markdown;
using DocGen.Output;

namespace DocGen.Cli;

/// <summary><c>docgen diff OLD NEW</c> or <c>docgen diff SET --git REV</c>: what changed in the task division, in Chinese.</summary>
internal static class DiffCommand
{
    public static Command Create()
    {
        var old = new Argument<string>("OLD") { Description = "旧版本的文件集目录（用 --git 时为要比较的文件集）" };
        var now = new Argument<string?>("NEW") { Description = "新版本的文件集目录；用 --git 时省略", Arity = ArgumentArity.ZeroOrOne };
        var git = new Option<string?>("--git") { HelpName = "REV", Description = "与 git 中该版本（如 HEAD、HEAD~1、标签）的同一文件集比较" };
        var docx = new Option<string?>("--docx") { HelpName = "FILE", Description = "同时把调整情况写成一份“调整说明”DOCX" };
        var format = new Option<OutputFormat>("--format", "-f") { Description = "text（缺省）或 json", DefaultValueFactory = _ => OutputFormat.Text };
        var exitCode = new Option<bool>("--exit-code") { Description = "有任何变化时以退出码 1 结束（供脚本判断），没有变化时为 0" };
        var command = new Command("diff", "比较文件集的两个版本：任务增删和改动、牵头/责任单位和时限的调整、阶段变化、各单位任务增减")
        {
            old, now, git, docx, format, exitCode,
        };
        docx.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is "-")
                result.AddError("--docx 需要文件名：调整说明是 DOCX 文件，不能写到标准输出。");
        });
        command.SetAction(result =>
        {
            var json = result.GetValue(format) == OutputFormat.Json;
            var diagnostics = new DiagnosticBag();
            var (exit, changes) = Compare(result.GetValue(old)!, result.GetValue(now), result.GetValue(git), result.GetValue(docx), diagnostics);
            if (json)
                (JsonReport.Of(diagnostics.Items) with { Changes = changes }).Print();
            else
            {
                if (changes is not null)
                    Print(changes);
                DiagnosticPrinter.Print(diagnostics.Items, OutputFormat.Text);
            }
            return exit == ExitCodes.Success && result.GetValue(exitCode) && changes is { IsEmpty: false } ? ExitCodes.Changed : exit;
        });
        return command;
    }

    /// <returns>The exit code and, when both versions could be read, the changes; every problem is in <paramref name="diagnostics"/>.</returns>
    private static (int Exit, SetChanges? Changes) Compare(string old, string? second, string? revision, string? docx, DiagnosticBag diagnostics)
    {
        if ((revision is null) == (second is null))
        {
            diagnostics.Error(DiagnosticIds.CommandLineUsage, null, "请给出两个文件集目录，或一个目录加 --git 版本。");
            return (ExitCodes.Usage, null);
        }
        string? problem = null;
        using var snapshot = revision is null ? null : GitSnapshot.Take(old, revision, out problem);
        if (revision is not null && snapshot is null)
        {
            diagnostics.Error(DiagnosticIds.GitUnavailable, new SourceLocation(Locations.Display(old)), $"无法从 git 取得 {revision} 版本的文件集：{problem}");
            return (ExitCodes.InputErrors, null);
        }
        var (beforeFolder, afterFolder) = snapshot is null ? (old, second!) : (snapshot.Folder, old);
        var before = Bind(beforeFolder, revision is null ? Locations.Display(beforeFolder) : $"{revision}:{old}", diagnostics);
        var after = Bind(afterFolder, Locations.Display(afterFolder), diagnostics);
        if (before is null || after is null)
            return (ExitCodes.InputErrors, null);
        var changes = SetDiffer.Compare(before, after);
        return (docx is null || WriteDocx(changes, after, docx, diagnostics) ? ExitCodes.Success : ExitCodes.OutputFailed, changes);
    }

    /// <summary>
    /// The set as far as it can be read: a version with data errors is still compared, its errors printed with the rows
    /// they are at; only a set without a readable manifest cannot be.
    /// </summary>
    private static DocumentSet? Bind(string folder, string display, DiagnosticBag diagnostics) =>
        new DocumentSetBinder(diagnostics).Bind(folder, display) is { Facts: not null } set ? set : null;

    private static void Print(SetChanges changes)
    {
        if (changes.IsEmpty)
            Console.Out.WriteLine("任务分工没有变化。");
        foreach (var line in ChangeReport.Lines(changes))
            Console.Out.WriteLine(line);
    }

    /// <returns>False, with the reason in <paramref name="diagnostics"/>, when the note could not be written.</returns>
    private static bool WriteDocx(SetChanges changes, DocumentSet set, string path, DiagnosticBag diagnostics)
    {
        var errors = diagnostics.ErrorCount;
        var markdown = ChangeReport.Markdown(changes, set.CheckedFacts.Campaign);
        var bytes = new DocxDocumentWriter(set.Fonts, set.CheckedFacts.ReportDate).Write(new MarkdownParser().Parse(markdown), path, diagnostics);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (bytes is not null)
        {
            // The same rules as build: written atomically under the folder's lock and recorded in its ledger, so a second
            // run replaces its own note, while a file of that name that DocGen did not write is kept (DG5004).
            using var output = OutputFolder.Open(folder, Locations.Display(folder), OutputFolder.DefaultLockWait, diagnostics);
            output?.Write([new OutputFile(Path.GetFileName(path), bytes,
                new LedgerEntry(ContentHash.Of(markdown), ContentHash.Of(bytes), "", DocGen.Pipeline.BuildPipeline.Version))], force: false);
        }
        return diagnostics.ErrorCount == errors;
    }
}
