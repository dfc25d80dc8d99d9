using System.CommandLine;
using System.Text.Json;
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
            var revision = result.GetValue(git);
            var second = result.GetValue(now);
            if ((revision is null) == (second is null))
            {
                Console.Error.WriteLine($"docgen: error {DiagnosticIds.CommandLineUsage}: 请给出两个文件集目录，或一个目录加 --git 版本。");
                return ExitCodes.Usage;
            }
            string? problem = null;
            using var snapshot = revision is null ? null : GitSnapshot.Take(result.GetValue(old)!, revision, out problem);
            if (revision is not null && snapshot is null)
            {
                Console.Error.WriteLine($"docgen: error {DiagnosticIds.GitUnavailable}: 无法从 git 取得 {revision} 版本的文件集：{problem}");
                return ExitCodes.InputErrors;
            }
            var (beforeFolder, afterFolder) = snapshot is null ? (result.GetValue(old)!, second!) : (snapshot.Folder, result.GetValue(old)!);
            var diagnostics = new DiagnosticBag();
            var before = Bind(beforeFolder, revision is null ? Locations.Display(beforeFolder) : $"{revision}:{result.GetValue(old)}", diagnostics);
            var after = Bind(afterFolder, Locations.Display(afterFolder), diagnostics);
            if (before is null || after is null)
            {
                DiagnosticPrinter.Print(diagnostics.Items, OutputFormat.Text);
                return ExitCodes.InputErrors;
            }
            var changes = SetDiffer.Compare(before, after);
            Print(changes, result.GetValue(format));
            var written = result.GetValue(docx) is { } path ? WriteDocx(changes, after, path) : ExitCodes.Success;
            return written == ExitCodes.Success && result.GetValue(exitCode) && !changes.IsEmpty ? ExitCodes.Changed : written;
        });
        return command;
    }

    private static DocumentSet? Bind(string folder, string display, DiagnosticBag diagnostics)
    {
        var errors = diagnostics.Items.Count;
        var set = new DocumentSetBinder(diagnostics).Bind(folder, display)?.ToDocumentSet();
        return diagnostics.HasErrors && diagnostics.Items.Count > errors ? null : set;
    }

    private static void Print(SetChanges changes, OutputFormat format)
    {
        if (format == OutputFormat.Json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(changes, CliJsonContext.Output.SetChanges));
            return;
        }
        if (changes.IsEmpty)
            Console.Out.WriteLine("任务分工没有变化。");
        foreach (var line in ChangeReport.Lines(changes))
            Console.Out.WriteLine(line);
    }

    private static int WriteDocx(SetChanges changes, DocumentSet set, string path)
    {
        var diagnostics = new DiagnosticBag();
        var markdown = ChangeReport.Markdown(changes, set.Facts.Campaign);
        var bytes = new DocxDocumentWriter(FontMap.Standard, set.Facts.ReportDate).Write(new MarkdownParser().Parse(markdown), path, diagnostics);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (bytes is not null)
        {
            // The same rules as build: written atomically under the folder's lock and recorded in its ledger, so a second
            // run replaces its own note, while a file of that name that DocGen did not write is kept (DG5004).
            using var output = OutputFolder.Open(folder, Locations.Display(folder), OutputFolder.DefaultLockWait, diagnostics);
            output?.Write([new OutputFile(Path.GetFileName(path), bytes,
                new LedgerEntry(BuildLedger.Hash(markdown), BuildLedger.Hash(bytes), "", DocGen.Pipeline.BuildPipeline.Version))], force: false);
        }
        DiagnosticPrinter.Print(diagnostics.Items, OutputFormat.Text);
        return diagnostics.HasErrors ? ExitCodes.OutputFailed : ExitCodes.Success;
    }
}
