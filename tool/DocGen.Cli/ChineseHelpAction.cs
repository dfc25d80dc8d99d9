using System.CommandLine;
using System.CommandLine.Invocation;

namespace DocGen.Cli;

/// <summary>What <c>--help</c> does on every command: prints <see cref="HelpText"/> for the command it was given to.</summary>
internal sealed class ChineseHelpAction : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        Console.Out.Write(HelpText.For(parseResult.CommandResult.Command));
        return ExitCodes.Success;
    }
}
