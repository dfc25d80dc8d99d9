namespace DocGen.Diagnostics;

/// <summary>Collects every problem of a stage so the user sees them all at once.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => ErrorCount > 0;

    public int ErrorCount { get; private set; }

    public void Error(string id, SourceLocation? location, string message) =>
        Add(new Diagnostic(id, Severity.Error, message, location));

    public void Warning(string id, SourceLocation? location, string message) =>
        Add(new Diagnostic(id, Severity.Warning, message, location));

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
            Add(diagnostic);
    }

    private void Add(Diagnostic diagnostic)
    {
        _items.Add(diagnostic);
        if (diagnostic.Severity == Severity.Error)
            ErrorCount++;
    }
}
