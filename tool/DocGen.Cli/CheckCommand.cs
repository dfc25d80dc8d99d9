using System.CommandLine;
using DocGen.Diagnostics;

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
            var sets = shared.ReadAll(result, "output", keepMarkdown: false);
            var format = result.GetValue(shared.Format);
            var outcomes = SetRunner.Run(sets, p => p.Render(), Progress.For(sets.Count, quiet: format == OutputFormat.Json));
            var diagnostics = outcomes.SelectMany(o => o.Result.Diagnostics).ToList();
            if (format == OutputFormat.Json)
                (JsonReport.Of(diagnostics) with
                {
                    Sets = outcomes.Select(o => new SetJson(o.Options.SetDisplay) { Documents = o.Result.Succeeded ? o.Result.Documents.Count : null }).ToList(),
                }).Print();
            else
                DiagnosticPrinter.Print(outcomes.Select(o => o.Result.Diagnostics).ToList(), format);
            var failed = diagnostics.Any(d => d.Severity == Severity.Error) || (result.GetValue(warningsAsErrors) && diagnostics.Count > 0);
            if (failed)
                return ExitCodes.InputErrors;
            if (format == OutputFormat.Text)
                foreach (var (options, outcome) in outcomes)
                    Console.Out.WriteLine($"检查通过：{options.SetDisplay} 可生成 {outcome.Documents.Count} 个文件。");
            return ExitCodes.Success;
        });
        return command;
    }
}
