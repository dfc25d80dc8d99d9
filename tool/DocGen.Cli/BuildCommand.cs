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
        var verbose = new Option<bool>("--verbose", "-v") { Description = "在汇总行后逐个列出写出的文件和原因" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "不输出汇总行（诊断信息照常输出）" };
        var pdf = new Option<bool>("--pdf") { Description = "同时用 LibreOffice 为每个文件生成 PDF" };
        var preview = new Option<bool>("--preview") { Description = "同时生成 PDF 和逐页 PNG 预览图（需 LibreOffice 和 pdftoppm）" };
        var command = new Command("build", "由文件集生成公文（DOCX）：先做全部检查，有错误时不写任何公文；只重新生成输入有变化的文件")
        {
            output, keepMarkdown, force, prune, quiet, verbose, pdf, preview,
        };
        shared.AddTo(command);
        command.SetAction(result =>
        {
            var clock = Stopwatch.StartNew();
            var clashes = new DiagnosticBag();
            var sets = shared.ReadAll(result, result.GetValue(output)!, result.GetValue(keepMarkdown), clashes);
            var json = result.GetValue(shared.Format) == OutputFormat.Json;
            if (clashes.HasErrors)
            {
                // Before any set is read or written: a clash would let one set's files replace another's.
                Print(clashes.Items, [], json);
                return ExitCodes.OutputFailed;
            }
            var silent = result.GetValue(quiet) || json;
            var outcomes = SetRunner.Run(sets, p => p.Build(result.GetValue(force), result.GetValue(prune)), Progress.For(sets.Count, silent));
            var diagnostics = outcomes.Select(o => o.Result.Diagnostics).ToList();
            if (!json)
                DiagnosticPrinter.Print(diagnostics, OutputFormat.Text);
            var exit = ExitCodes.Success;
            var reports = new List<SetJson>();
            foreach (var (options, outcome) in outcomes)
            {
                var code = Report(options, outcome, sets.Count > 1, silent, result.GetValue(verbose), clock.ElapsedMilliseconds);
                // Every document of the set, written now or unchanged since the last build, gets its PDF.
                var documents = outcome.Written.Select(w => w.FileName).Concat(outcome.Skipped).Order(StringComparer.Ordinal).ToList();
                PreviewWriter.Result? companions = null;
                if (code == ExitCodes.Success && (result.GetValue(pdf) || result.GetValue(preview)))
                {
                    // With JSON on stdout, the counts are human lines: stderr.
                    companions = PreviewWriter.Write(options, documents, result.GetValue(preview), result.GetValue(force), json ? Console.Error : Console.Out, Console.Error);
                    diagnostics.Add(companions.Diagnostics);
                    if (!json)
                        DiagnosticPrinter.Print(companions.Diagnostics, OutputFormat.Text);
                    code = companions.Ok ? code : ExitCodes.OutputFailed;
                }
                reports.Add(new SetJson(options.SetDisplay)
                {
                    Out = options.OutDisplay,
                    Written = outcome.Written.Select(w => new WrittenJson(w.FileName, RebuildReasons.Ascii(w.Reason))).ToList(),
                    Skipped = outcome.Skipped,
                    Removed = outcome.Removed,
                    Companions = companions?.Written,
                });
                exit = Math.Max(exit, code);
            }
            if (json)
                Print(diagnostics.SelectMany(d => d), reports, json);
            else if (sets.Count > 1 && !silent)
                Console.Out.WriteLine($"共 {sets.Count} 个文件集：生成 {outcomes.Sum(o => o.Result.Written.Count)} 个文件，跳过 {outcomes.Sum(o => o.Result.Skipped.Count)} 个（{clock.ElapsedMilliseconds} 毫秒）");
            return exit;
        });
        return command;
    }

    private static void Print(IEnumerable<Diagnostic> diagnostics, IReadOnlyList<SetJson> sets, bool json)
    {
        if (json)
            (JsonReport.Of(diagnostics) with { Sets = sets }).Print();
        else
            DiagnosticPrinter.Print(diagnostics.ToList(), OutputFormat.Text);
    }

    private static int Report(BuildOptions options, BuildResult outcome, bool several, bool quiet, bool verbose, long milliseconds)
    {
        var prefix = several ? $"{options.SetDisplay}: " : "";
        var blocked = outcome.Diagnostics.Any(d => d.Severity == Severity.Error && d.Id.StartsWith("DG5", StringComparison.Ordinal));
        if (!outcome.Succeeded && !blocked)
        {
            Console.Error.WriteLine(prefix + (outcome.Documents.Count > 0 ? "有错误，未生成公文；已按 --keep-md 写出 Markdown 供排查。" : "有错误，未写入任何文件。"));
            return ExitCodes.InputErrors;
        }
        // A file kept back (DG5004) or unwritable (DG5001) leaves the others written: they are still listed.
        if (!quiet && (!blocked || outcome.Written.Count > 0))
        {
            Console.Out.WriteLine(prefix + BuildSummary.Format(outcome, options.OutDisplay, milliseconds));
            if (verbose)
                foreach (var (file, reason) in outcome.Written)
                    Console.Out.WriteLine($"  {Path.Combine(options.OutDisplay, file)}（{RebuildReasons.Chinese(reason)}）");
        }
        return blocked ? ExitCodes.OutputFailed : ExitCodes.Success;
    }
}
