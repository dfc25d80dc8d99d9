namespace DocGen.Cli;

/// <summary>
/// A progress bar with counts on stderr while documents are made, when a person is watching: not when stderr is
/// redirected, <c>CI</c> is set or <c>--quiet</c> was given, and not for a handful of documents.
/// </summary>
internal sealed class Progress
{
    private const int Width = 30;
    private const int FewDocuments = 10;
    private readonly bool _enabled;
    private readonly (int Done, int Total)[] _sets;
    private readonly Lock _lock = new();
    private bool _shown;

    private Progress(bool enabled, int sets)
    {
        _enabled = enabled;
        _sets = new (int, int)[sets];
    }

    public static Progress For(int sets, bool quiet) =>
        new(!quiet && !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null, sets);

    /// <summary>The reporter one set's pipeline calls after each document.</summary>
    public IProgress<(int Done, int Total)> ForSet(int index) => new Reporter(this, index);

    public void Finish()
    {
        if (_shown)
            Console.Error.WriteLine();
    }

    private void Report(int set, int done, int total)
    {
        if (!_enabled)
            return;
        lock (_lock)
        {
            _sets[set] = (done, total);
            var (all, made) = (_sets.Sum(s => s.Total), _sets.Sum(s => s.Done));
            if (all <= FewDocuments)
                return;
            var filled = Width * made / all;
            Console.Error.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {made}/{all} 个文件");
            _shown = true;
        }
    }

    // Synchronous on purpose: System.Progress<T> would post to the thread pool and could print after Finish.
    private sealed class Reporter(Progress progress, int set) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value) => progress.Report(set, value.Done, value.Total);
    }
}
