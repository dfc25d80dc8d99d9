using System.CommandLine;
using DocGen.Diagnostics;

namespace DocGen.Cli;

/// <summary>
/// Command-line mistakes, in Chinese: an unknown command or option with the nearest known name, or the library's own
/// (translated) message; each as a DG0001 line, then a pointer to the help; exit code 2.
/// </summary>
internal static class Usage
{
    public static int Report(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var unmatched = parse.UnmatchedTokens.ToHashSet(StringComparer.Ordinal);
        var messages = parse.UnmatchedTokens
            .Select(token => token.StartsWith('-') ? UnknownOption(token, command) : UnknownCommand(token, command))
            .Concat(parse.Errors.Where(e => !unmatched.Any(t => e.Message.Contains(t, StringComparison.Ordinal))).Select(e => Sentence(e.Message)))
            .ToList();
        return Report(messages, command);
    }

    public static int Report(IReadOnlyList<string> messages, Command? command = null)
    {
        foreach (var message in messages)
            Console.Error.WriteLine($"docgen: error {DiagnosticIds.CommandLineUsage}: {message}");
        Console.Error.WriteLine(command is null or RootCommand ? "用法见 docgen --help。" : $"用法见 docgen {command.Name} --help。");
        return ExitCodes.Usage;
    }

    public static string UnknownOption(string token, Command command)
    {
        var names = command.Options.Concat(Ancestors(command).SelectMany(c => c.Options.Where(o => o.Recursive)))
            .SelectMany(o => o.Aliases.Append(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal));
        return $"未知的选项“{token}”" + Suggestion(token, names);
    }

    public static string UnknownCommand(string token, Command command) =>
        command.Subcommands.Count == 0
            ? $"多余的参数“{token}”。"
            : $"未知的命令“{token}”" + Suggestion(token, command.Subcommands.Select(c => c.Name));

    private static string Suggestion(string token, IEnumerable<string> names) =>
        DocGen.Binding.NameSuggester.Suggest(token, names) is { } near ? $"，是不是 {near}？" : "。";

    private static IEnumerable<Command> Ancestors(Command command) =>
        command.Parents.OfType<Command>().SelectMany(p => Ancestors(p).Prepend(p));

    /// <summary>A message as one Chinese sentence: the library's translations end in “。.” or in “.”.</summary>
    private static string Sentence(string message)
    {
        var trimmed = message.TrimEnd('.', ' ');
        return trimmed.EndsWith('。') || trimmed.EndsWith('？') ? trimmed : trimmed + "。";
    }
}
