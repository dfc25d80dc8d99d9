using System.CommandLine;
using System.Diagnostics;
using DocGen.Cli.Preview;
using DocGen.Diagnostics;
using DocGen.Pipeline;

namespace DocGen.Cli;

/// <summary>
/// <c>docgen build [SET] [--out DIR] [--pdf] [--preview]</c>: writes the documents whose inputs changed, or none when
/// there are errors; optionally a PDF (and PNG pages) of each through LibreOffice.
/// </summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var shared = new SetCommandOptions();
        var output = new Option<string>("--out", "-o") { HelpName = "DIR", Description = "输出目录，缺省为 output", DefaultValueFactory = _ => "output" };
        SetCommandOptions.RejectEmpty(output);
        var keepMarkdown = new Option<bool>("--keep-md") { Description = "同时保留模板生成的 Markdown，便于排查 DG4xxx 错误" };
        var force = new Option<bool>("--force") { Description = "全部重新生成，并覆盖不是 DocGen 写出（或写出后被改过）的同名文件" };
        var prune = new Option<bool>("--prune") { Description = "删除以前生成、现已不对应任何内容的文件（只删 DocGen 写出且未被改过的）" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "不输出汇总行（诊断信息照常输出）" };
        var pdf = new Option<bool>("--pdf") { Description = "同时用 LibreOffice 为每个文件生成 PDF" };
        var preview = new Option<bool>("--preview") { Description = "同时生成 PDF 和逐页 PNG 预览图（需 LibreOffice 和 pdftoppm）" };
        var command = new Command("build", "由文件集生成公文（DOCX）：先做全部检查，有错误时不写任何公文；只重新生成输入有变化的文件")
        {
            output, keepMarkdown, force, prune, quiet, pdf, preview,
        };
        shared.AddTo(command);
        command.SetAction(result =>
        {
            var clock = Stopwatch.StartNew();
            var clashes = new DiagnosticBag();
            var sets = shared.ReadAll(result, result.GetValue(output)!, result.GetValue(keepMarkdown), clashes);
            var format = result.GetValue(shared.Format);
            if (clashes.HasErrors)
            {
                // Before any set is read or written: a clash would let one set's files replace another's.
                DiagnosticPrinter.Print(clashes.Items, format);
                return ExitCodes.OutputFailed;
            }
            var outcomes = SetRunner.Run(sets, p => p.Build(result.GetValue(force), result.GetValue(prune)), Progress.For(sets.Count, result.GetValue(quiet)));
            DiagnosticPrinter.Print(outcomes.Select(o => o.Result.Diagnostics).ToList(), format);
            var exit = ExitCodes.Success;
            foreach (var (options, outcome) in outcomes)
            {
                var code = Report(options, outcome, sets.Count > 1, result.GetValue(quiet) || format == OutputFormat.Json, clock.ElapsedMilliseconds);
                // Every document of the set, written now or unchanged since the last build, gets its PDF.
                var documents = outcome.Written.Select(w => w.FileName).Concat(outcome.Skipped).Order(StringComparer.Ordinal).ToList();
                if (code == ExitCodes.Success && (result.GetValue(pdf) || result.GetValue(preview))
                    && !PreviewWriter.Write(options, documents, result.GetValue(preview), result.GetValue(force), Console.Out, Console.Error))
                    code = ExitCodes.OutputFailed;
                exit = Math.Max(exit, code);
            }
            if (sets.Count > 1 && !result.GetValue(quiet) && format == OutputFormat.Text)
                Console.Out.WriteLine($"共 {sets.Count} 个文件集：生成 {outcomes.Sum(o => o.Result.Written.Count)} 个文件，跳过 {outcomes.Sum(o => o.Result.Skipped.Count)} 个（{clock.ElapsedMilliseconds} 毫秒）");
            return exit;
        });
        return command;
    }

    private static int Report(BuildOptions options, BuildResult outcome, bool several, bool quiet, long milliseconds)
    {
        var prefix = several ? $"{options.SetDisplay}: " : "";
        if (outcome.Diagnostics.Any(d => d.Severity == Severity.Error && d.Id.StartsWith("DG5", StringComparison.Ordinal)))
            return ExitCodes.OutputFailed;
        if (!outcome.Succeeded)
        {
            Console.Error.WriteLine(prefix + (outcome.Documents.Count > 0 ? "有错误，未生成公文；已按 --keep-md 写出 Markdown 供排查。" : "有错误，未写入任何文件。"));
            return ExitCodes.InputErrors;
        }
        if (!quiet)
            Console.Out.WriteLine(prefix + BuildSummary.Format(outcome, options.OutDisplay, milliseconds));
        return ExitCodes.Success;
    }
}
