namespace DocGen.Cli;

/// <summary>
/// A progress bar on stderr for runs of several sets when a person is watching: not when output is redirected,
/// <c>CI</c> is set or <c>--quiet</c> was given.
/// </summary>
internal sealed class Progress(bool enabled)
{
    private const int Width = 30;
    private readonly Lock _lock = new();

    public static Progress For(int sets, bool quiet) =>
        new(sets > 1 && !quiet && !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null);

    public void Report(int done, int total)
    {
        if (!enabled)
            return;
        lock (_lock)
        {
            var filled = Width * done / total;
            Console.Error.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {done}/{total} 个文件集");
        }
    }

    public void Finish()
    {
        if (enabled)
            Console.Error.WriteLine();
    }
}
