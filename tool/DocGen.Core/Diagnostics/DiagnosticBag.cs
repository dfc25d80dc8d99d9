namespace DocGen.Diagnostics;

/// <summary>Collects every problem of a stage so the user sees them all at once.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    public void Error(string id, SourceLocation? location, string message) =>
        _items.Add(new Diagnostic(id, Severity.Error, message, location));

    public void Warning(string id, SourceLocation? location, string message) =>
        _items.Add(new Diagnostic(id, Severity.Warning, message, location));

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);
}
