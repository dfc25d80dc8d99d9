using System.CommandLine;
using DocGen.Diagnostics;

namespace DocGen.Cli;

/// <summary>Command-line mistakes: print them and point at --help; exit code 2.</summary>
internal static class Usage
{
    public static int Report(ParseResult parse)
    {
        foreach (var error in parse.Errors)
            Console.Error.WriteLine($"docgen: error {DiagnosticIds.CommandLineUsage}: {error.Message}");
        Console.Error.WriteLine("用法见 docgen --help。");
        return ExitCodes.Usage;
    }
}
