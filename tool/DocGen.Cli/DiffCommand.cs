using System.CommandLine;
using DocGen.Diagnostics;
using DocGen.Diff;
using DocGen.Pipeline;

namespace DocGen.Cli;

/// <summary>
/// <c>docgen diff OLD NEW</c> or <c>docgen diff SET --git REV</c>: what changed in the task division, in Chinese, and
/// in the text of each document. Parses the options, runs <see cref="DiffPipeline"/> and prints.
/// </summary>
internal static class DiffCommand
{
    public static Command Create()
    {
        var old = new Argument<string>("OLD") { Description = "旧版本的文件集目录（用 --git 时为要比较的文件集）" };
        var now = new Argument<string?>("NEW") { Description = "新版本的文件集目录；用 --git 时省略", Arity = ArgumentArity.ZeroOrOne };
        var git = new Option<string?>("--git") { HelpName = "REV", Description = "与 git 中该版本（如 HEAD、HEAD~1、标签）的同一文件集比较" };
        var docx = new Option<string?>("--docx") { HelpName = "FILE", Description = "同时把调整情况写成一份“调整说明”DOCX" };
        var format = new Option<OutputFormat>("--format", "-f") { Description = "text（缺省）或 json", DefaultValueFactory = _ => OutputFormat.Text };
        var templates = new Option<string?>("--templates") { HelpName = "DIR", Description = "模板目录；缺省时用文件集下的 templates/，没有则用内置模板" };
        var exitCode = new Option<bool>("--exit-code") { Description = "有任何变化时以退出码 1 结束（供脚本判断），没有变化时为 0" };
        var command = new Command("diff", "比较文件集的两个版本：任务增删和改动、牵头/责任单位和时限的调整、阶段变化、各单位任务增减，以及数据或模板的改动使各文件的文字有何变化")
        {
            old, now, git, templates, docx, format, exitCode,
        };
        docx.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is "-")
                result.AddError("--docx 需要文件名：调整说明是 DOCX 文件，不能写到标准输出。");
        });
        command.SetAction(result =>
        {
            var json = result.GetValue(format) == OutputFormat.Json;
            var (exit, outcome) = Compare(result.GetValue(old)!, result.GetValue(now), result.GetValue(git), result.GetValue(templates), result.GetValue(docx));
            if (json)
                (JsonReport.Of(outcome.Diagnostics) with { Changes = outcome.Changes, Documents = outcome.Documents }).Print();
            else
            {
                if (outcome.Changes is not null)
                    Print(outcome);
                DiagnosticPrinter.Print(outcome.Diagnostics, OutputFormat.Text);
            }
            return exit == ExitCodes.Success && result.GetValue(exitCode) && outcome.HasChanges ? ExitCodes.Changed : exit;
        });
        return command;
    }

    /// <returns>The exit code and what the comparison found; every problem is in its diagnostics.</returns>
    private static (int Exit, DiffResult Outcome) Compare(string old, string? second, string? revision, string? templates, string? docx)
    {
        if ((revision is null) == (second is null))
            return Failed(ExitCodes.Usage, DiagnosticIds.CommandLineUsage, null, "请给出两个文件集目录，或一个目录加 --git 版本。");
        string? problem = null;
        var other = Locations.OtherTemplates(old, templates);
        using var snapshot = revision is null ? null : GitSnapshot.Take(old, revision, other, out problem);
        if (revision is not null && snapshot is null)
            return Failed(ExitCodes.InputErrors, DiagnosticIds.GitUnavailable, new SourceLocation(Locations.Display(old)),
                $"无法从 git 取得 {revision} 版本的文件集：{problem}");
        var after = Version(second ?? old, Locations.Display(second ?? old), Locations.Templates(second ?? old, templates));
        var before = snapshot is null ? Version(old, Locations.Display(old), Locations.Templates(old, templates)) : Then(snapshot, old, revision!, templates, other);
        var options = new DiffOptions(before, after, Locations.DefaultTemplates, Locations.Display(Locations.DefaultTemplates))
        {
            NotePath = docx,
            NoteFolderDisplay = docx is null ? "." : Locations.Display(Path.GetDirectoryName(Path.GetFullPath(docx))!),
        };
        var outcome = new DiffPipeline(options, new TemplateCache(TemplateBudgetVariable.Read())).Run();
        return (outcome.Changes is null ? ExitCodes.InputErrors : outcome.NoteFailed ? ExitCodes.OutputFailed : ExitCodes.Success, outcome);
    }

    private static SetVersion Version(string set, string display, string templates) => new(set, display, templates, Locations.Display(templates));

    /// <summary>
    /// The set at the revision, with the templates it used then: its own <c>templates/</c> if it had one, else the other
    /// folder as the repository held it; a folder git does not hold is compared as it is now.
    /// </summary>
    private static SetVersion Then(GitSnapshot snapshot, string set, string revision, string? option, string other)
    {
        var own = Locations.OwnTemplates(snapshot.Folder);
        var (templates, display) = option is null && Directory.Exists(own)
            ? (own, $"{revision}:{Locations.Display(Locations.OwnTemplates(set))}")
            : snapshot.Templates is { } then ? (then, $"{revision}:{Locations.Display(other)}") : (other, Locations.Display(other));
        return new SetVersion(snapshot.Folder, $"{revision}:{Locations.Display(set)}", templates, display);
    }

    private static (int, DiffResult) Failed(int exit, string id, SourceLocation? at, string message)
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.Error(id, at, message);
        return (exit, new DiffResult(null, null, diagnostics.Items));
    }

    private static void Print(DiffResult outcome)
    {
        if (outcome.Changes!.IsEmpty)
            Console.Out.WriteLine("任务分工没有变化。");
        foreach (var line in ChangeReport.Lines(outcome.Changes))
            Console.Out.WriteLine(line);
        if (outcome.Documents is null)
            Console.Out.WriteLine("（有一个版本的数据或模板有错误，文件生成不出来，未比较各文件的文字。）");
        foreach (var document in outcome.Documents ?? [])
        {
            Console.Out.WriteLine();
            Console.Out.WriteLine($"== {document.File} 的文字变化 ==");
            Console.Out.Write(document.Diff);
        }
    }
}
