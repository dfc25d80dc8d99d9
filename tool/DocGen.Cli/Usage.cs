using System.CommandLine;
using System.CommandLine.Parsing;
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
            .Concat(parse.Errors.Where(e => !unmatched.Any(t => e.Message.Contains(t, StringComparison.Ordinal))).Select(Chinese))
            .ToList();
        if (WantsJson(parse))
        {
            JsonReport.Of(messages.Select(m => new Diagnostic(DiagnosticIds.CommandLineUsage, Severity.Error, m, null))).Print();
            return ExitCodes.Usage;
        }
        return Report(messages, command);
    }

    /// <summary>Whether the command line asked for JSON, as far as it could be read: then even its mistakes are JSON.</summary>
    private static bool WantsJson(ParseResult parse)
    {
        foreach (var option in parse.CommandResult.Command.Options.OfType<Option<OutputFormat>>())
            if (parse.GetResult(option) is { Tokens: [{ Value: var value }] } && value.Equals("json", StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
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

    /// <summary>
    /// A parse error in Chinese: the library's common ones are said again from what they are about, the same in the JIT
    /// and the NativeAOT program (which does not find the library's zh-Hans resources); the validators' are ours.
    /// </summary>
    private static string Chinese(ParseError error) => error switch
    {
        { SymbolResult: OptionResult { Tokens.Count: 0 } option } => $"选项“{option.IdentifierToken?.Value ?? option.Option.Name}”缺少值。",
        { SymbolResult: OptionResult { Option.ValueType.IsEnum: true } option } =>
            $"选项“{option.Option.Name}”的值“{option.Tokens[0].Value}”无效，可用：{string.Join("、", Enum.GetNames(option.Option.ValueType).Select(n => n.ToLowerInvariant()))}。",
        { SymbolResult: ArgumentResult { Tokens.Count: 0 } argument } => $"缺少参数 {argument.Argument.Name}。",
        { SymbolResult: CommandResult command } when command.Command.Subcommands.Count > 0 =>
            $"没有给出命令，可用：{string.Join("、", command.Command.Subcommands.Select(c => c.Name))}。",
        { SymbolResult: CommandResult command } => $"命令 {command.Command.Name} 缺少参数 {string.Join(" ", command.Command.Arguments.Select(a => a.Name))}。",
        _ => Sentence(error.Message),
    };

    /// <summary>A message as one Chinese sentence: the library's translations end in “。.” or in “.”.</summary>
    private static string Sentence(string message)
    {
        var trimmed = message.TrimEnd('.', ' ');
        return trimmed.EndsWith('。') || trimmed.EndsWith('？') ? trimmed : trimmed + "。";
    }
}
