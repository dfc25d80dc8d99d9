using DocGen.Cli;

namespace DocGen.Tests.Support;

/// <summary>Runs the docgen command tree in-process with captured stdout/stderr, from a given working folder.</summary>
public static class CliRunner
{
    private static readonly Lock ConsoleLock = new();

    public static (int ExitCode, string Out, string Error) Run(string workingFolder, params string[] args)
    {
        lock (ConsoleLock)
        {
            var (oldOut, oldError, oldDirectory) = (Console.Out, Console.Error, Environment.CurrentDirectory);
            var output = new StringWriter();
            var error = new StringWriter();
            try
            {
                Console.SetOut(output);
                Console.SetError(error);
                Environment.CurrentDirectory = workingFolder;
                var parse = DocGenCommand.Create().Parse(args);
                var exit = DocGenCommand.Invoke(parse);
                return (exit, output.ToString(), error.ToString());
            }
            finally
            {
                Console.SetOut(oldOut);
                Console.SetError(oldError);
                Environment.CurrentDirectory = oldDirectory;
            }
        }
    }
}
