using System.CommandLine;

namespace DocGen.Cli;

/// <summary><c>docgen help [COMMAND]</c>: the same help as <c>docgen COMMAND --help</c>, as dotnet and git users expect.</summary>
internal static class HelpCommand
{
    public static Command Create(RootCommand root)
    {
        var name = new Argument<string?>("COMMAND") { Description = "要查看帮助的命令；省略时显示全部命令", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("help", "显示命令的帮助") { name };
        command.SetAction(result =>
        {
            if (result.GetValue(name) is not { } wanted)
            {
                Console.Out.Write(HelpText.For(root));
                return ExitCodes.Success;
            }
            if (root.Subcommands.FirstOrDefault(c => c.Name == wanted) is { } known)
            {
                Console.Out.Write(HelpText.For(known));
                return ExitCodes.Success;
            }
            return Usage.Report([Usage.UnknownCommand(wanted, root)]);
        });
        return command;
    }
}
