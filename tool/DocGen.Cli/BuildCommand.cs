using System.CommandLine;
using System.Diagnostics;
using DocGen.Cli.Preview;
using DocGen.Diagnostics;
using DocGen.Pipeline;

namespace DocGen.Cli;

/// <summary>
/// <c>docgen build [SET] [--out DIR] [--pdf] [--preview]</c>: writes every document of a set, or nothing when there are
/// errors; optionally a PDF (and PNG pages) of each through LibreOffice.
/// </summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var shared = new SetCommandOptions();
        var output = new Option<string>("--out") { Description = "输出目录，缺省为 output", DefaultValueFactory = _ => "output" };
        var keepMarkdown = new Option<bool>("--keep-md") { Description = "同时保留模板生成的 Markdown，便于排查 DG4xxx 错误" };
        var pdf = new Option<bool>("--pdf") { Description = "同时用 LibreOffice 为每个文件生成 PDF" };
        var preview = new Option<bool>("--preview") { Description = "同时生成 PDF 和逐页 PNG 预览图（需 LibreOffice 和 pdftoppm）" };
        var command = new Command("build", "由文件集生成全部公文（DOCX）") { shared.Set, shared.Templates, output, keepMarkdown, pdf, preview };
        command.SetAction(result =>
        {
            var clock = Stopwatch.StartNew();
            var options = shared.Read(result, result.GetValue(output)!, result.GetValue(keepMarkdown));
            var outcome = new BuildPipeline(options).Build();
            DiagnosticPrinter.Print(outcome.Diagnostics, Console.Error);
            if (outcome.Diagnostics.Any(d => d.Severity == Severity.Error && d.Id.StartsWith("DG5", StringComparison.Ordinal)))
                return ExitCodes.OutputFailed;
            if (!outcome.Succeeded)
            {
                Console.Error.WriteLine("有错误，未写入任何文件。");
                return ExitCodes.InputErrors;
            }
            var count = outcome.Documents.Count(d => d.FileName.EndsWith(".docx", StringComparison.Ordinal));
            Console.Out.WriteLine($"已生成 {count} 个文件到 {options.OutDisplay}（{clock.ElapsedMilliseconds} 毫秒）");
            if ((result.GetValue(pdf) || result.GetValue(preview)) && !PreviewWriter.Write(options.OutFolder,
                    outcome.Documents.Select(d => d.FileName).Where(n => n.EndsWith(".docx", StringComparison.Ordinal)).ToList(),
                    result.GetValue(preview), Console.Out, Console.Error))
                return ExitCodes.OutputFailed;
            return ExitCodes.Success;
        });
        return command;
    }
}
