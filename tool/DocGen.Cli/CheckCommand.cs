using System.CommandLine;
using DocGen.Diagnostics;
using DocGen.Pipeline;

namespace DocGen.Cli;

/// <summary><c>docgen check [SET]</c>: loads, runs every rule and renders in memory; writes nothing.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var shared = new SetCommandOptions();
        var warningsAsErrors = new Option<bool>("--warnings-as-errors") { Description = "有警告时也以非零退出码结束" };
        var command = new Command("check", "检查文件集和模板：发文字号、单位、日期、阶段和时限是否一致；不写任何文件");
        shared.AddTo(command);
        command.Add(warningsAsErrors);
        command.SetAction(result =>
        {
            var options = shared.Read(result, "output", keepMarkdown: false);
            var outcome = new BuildPipeline(options).Render();
            var format = result.GetValue(shared.Format);
            DiagnosticPrinter.Print(outcome.Diagnostics, format);
            var failed = !outcome.Succeeded || (result.GetValue(warningsAsErrors) && outcome.Diagnostics.Any(d => d.Severity == Severity.Warning));
            if (failed)
                return ExitCodes.InputErrors;
            if (format == OutputFormat.Text)
                Console.Out.WriteLine($"检查通过：{options.SetDisplay} 可生成 {outcome.Documents.Count} 个文件。");
            return ExitCodes.Success;
        });
        return command;
    }
}
