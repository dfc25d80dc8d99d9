using System.CommandLine;
using System.CommandLine.Help;

namespace DocGen.Cli;

/// <summary>The command tree: build, check, init, diff, import and help, each with Chinese help.</summary>
internal static class DocGenCommand
{
    public static RootCommand Create()
    {
        var root = new RootCommand("DocGen：由一份文件集（清单和 CSV 表格）生成符合 GB/T 9704-2012 的公文")
        {
            BuildCommand.Create(),
            CheckCommand.Create(),
            InitCommand.Create(),
            DiffCommand.Create(),
            ImportCommand.Create(),
        };
        root.Subcommands.Add(HelpCommand.Create(root));
        // The help option is the root's and recursive: replacing its action once gives every command the Chinese help.
        foreach (var help in root.Options.OfType<HelpOption>())
            help.Action = new ChineseHelpAction();
        return root;
    }

    /// <summary>
    /// Runs what was parsed: a usage error is reported (exit 2), except that help is shown even where the command's
    /// required arguments are missing (<c>docgen diff --help</c>).
    /// </summary>
    public static int Invoke(ParseResult parse, InvocationConfiguration? configuration = null) =>
        parse.Errors.Count > 0 && parse.Action is not ChineseHelpAction ? Usage.Report(parse) : parse.Invoke(configuration);
}
