using System.CommandLine;
using System.Diagnostics;
using DocGen.Diagnostics;
using DocGen.Pipeline;

namespace DocGen.Cli;

/// <summary><c>docgen build [SET] [--out DIR]</c>: writes every document of a set, or nothing when there are errors.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var shared = new SetCommandOptions();
        var output = new Option<string>("--out") { Description = "输出目录，缺省为 output", DefaultValueFactory = _ => "output" };
        var keepMarkdown = new Option<bool>("--keep-md") { Description = "同时保留模板生成的 Markdown，便于排查 DG4xxx 错误" };
        var command = new Command("build", "由文件集生成全部公文（DOCX）；先做全部检查，有错误时不写任何文件") { output, keepMarkdown };
        shared.AddTo(command);
        command.SetAction(result =>
        {
            var clock = Stopwatch.StartNew();
            var options = shared.Read(result, result.GetValue(output)!, result.GetValue(keepMarkdown));
            var outcome = new BuildPipeline(options).Build();
            DiagnosticPrinter.Print(outcome.Diagnostics, result.GetValue(shared.Format));
            if (outcome.Diagnostics.Any(d => d.Severity == Severity.Error && d.Id.StartsWith("DG5", StringComparison.Ordinal)))
                return ExitCodes.OutputFailed;
            if (!outcome.Succeeded)
            {
                Console.Error.WriteLine(outcome.Documents.Count > 0 ? "有错误，未生成公文；已按 --keep-md 写出 Markdown 供排查。" : "有错误，未写入任何文件。");
                return ExitCodes.InputErrors;
            }
            var count = outcome.Documents.Count(d => d.FileName.EndsWith(".docx", StringComparison.Ordinal));
            Console.Out.WriteLine($"已生成 {count} 个文件到 {options.OutDisplay}（{clock.ElapsedMilliseconds} 毫秒）");
            return ExitCodes.Success;
        });
        return command;
    }
}
