using System.CommandLine;
using DocGen.Pipeline;

namespace DocGen.Cli;

/// <summary><c>docgen check [SET]</c>: loads, validates and renders in memory; writes nothing.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var shared = new SetCommandOptions();
        var command = new Command("check", "检查文件集和模板，不写任何文件") { shared.Set, shared.Templates };
        command.SetAction(result =>
        {
            var options = shared.Read(result, "output", keepMarkdown: false);
            var outcome = new BuildPipeline(options).Render();
            DiagnosticPrinter.Print(outcome.Diagnostics, Console.Error);
            if (!outcome.Succeeded)
                return ExitCodes.InputErrors;
            Console.Out.WriteLine($"检查通过：{options.SetDisplay} 可生成 {outcome.Documents.Count} 个文件。");
            return ExitCodes.Success;
        });
        return command;
    }
}
