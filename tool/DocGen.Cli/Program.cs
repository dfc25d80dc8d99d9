using System.CommandLine;
using DocGen.Cli;
using DocGen.Diagnostics;

// Input mistakes are diagnostics inside the commands; anything that reaches here is a bug in DocGen.
try
{
    var parse = DocGenCommand.Create().Parse(args);
    // Without the default handler an exception reaches the catch below instead of System.CommandLine's stack dump.
    return DocGenCommand.Invoke(parse, new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e)
{
    Console.Error.WriteLine($"docgen: error {DiagnosticIds.Internal}: DocGen 内部错误（{e.GetType().Name}: {e.Message}），请把这条消息和所用文件集报告给维护者。");
    if (Environment.GetEnvironmentVariable("DOCGEN_VERBOSE") == "1")
        Console.Error.WriteLine(e);
    return ExitCodes.InternalError;
}
