namespace DocGen.Cli;

/// <summary>
/// A progress bar with counts on stderr while documents are made, when a person is watching: not when stderr is
/// redirected, <c>CI</c> is set or <c>--quiet</c> was given, and not for a handful of documents. Every set's total is
/// counted (<see cref="Expect"/>) before the first document is made, so the bar fills once, from the left.
/// </summary>
internal sealed class Progress
{
    private const int Width = 30;
    private const int FewDocuments = 10;
    private readonly TextWriter _out;
    private readonly (int Done, int Total)[] _sets;
    private readonly Lock _lock = new();
    private bool _shown;

    internal Progress(bool enabled, int sets, TextWriter output)
    {
        Enabled = enabled;
        _sets = new (int, int)[sets];
        _out = output;
    }

    /// <summary>Whether the bar is shown at all: only then are the totals worth counting first.</summary>
    public bool Enabled { get; }

    public static Progress For(int sets, bool quiet) =>
        new(!quiet && !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null, sets, Console.Error);

    /// <summary>How many documents set <paramref name="set"/> will make, counted before any is made.</summary>
    public void Expect(int set, int total)
    {
        lock (_lock)
            _sets[set] = (0, total);
    }

    /// <summary>The reporter one set's pipeline calls after each document.</summary>
    public IProgress<(int Done, int Total)> ForSet(int index) => new Reporter(this, index);

    public void Finish()
    {
        if (_shown)
            _out.WriteLine();
    }

    private void Report(int set, int done, int total)
    {
        if (!Enabled)
            return;
        lock (_lock)
        {
            // The count made first stands: a set that skips unchanged documents reports them done at once.
            _sets[set] = (done, Math.Max(total, _sets[set].Total));
            var (all, made) = (_sets.Sum(s => s.Total), _sets.Sum(s => s.Done));
            if (all <= FewDocuments)
                return;
            var filled = Width * made / all;
            _out.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {made}/{all} 个文件");
            _shown = true;
        }
    }

    // Synchronous on purpose: System.Progress<T> would post to the thread pool and could print after Finish.
    private sealed class Reporter(Progress progress, int set) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value) => progress.Report(set, value.Done, value.Total);
    }
}
