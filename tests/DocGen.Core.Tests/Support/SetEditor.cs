using DocGen.Binding;
using DocGen.Diagnostics;
using DocGen.Rules;

namespace DocGen.Tests.Support;

/// <summary>A copy of the sample set that a test edits, then binds and checks as <c>docgen check</c> does.</summary>
public sealed class SetEditor : IDisposable
{
    private readonly TempFolder _temp = new();

    public SetEditor(string? source = null)
    {
        Folder = _temp["set"];
        Repository.CopyFolder(source ?? Repository.SampleSet, Folder);
    }

    public string Folder { get; }

    public string PathOf(string file) => Path.Combine(Folder, file);

    /// <summary>1-based line of the first line of a file that starts with <paramref name="prefix"/>.</summary>
    public int LineOf(string file, string prefix) => Array.FindIndex(File.ReadAllLines(PathOf(file)), l => l.StartsWith(prefix, StringComparison.Ordinal)) + 1;

    public SetEditor Replace(string file, string oldText, string newText)
    {
        var text = File.ReadAllText(PathOf(file));
        Assert.Contains(oldText, text);
        File.WriteAllText(PathOf(file), text.Replace(oldText, newText, StringComparison.Ordinal));
        return this;
    }

    /// <summary>Sets one cell (0-based column) of the first row starting with <paramref name="rowPrefix"/>.</summary>
    public SetEditor SetCell(string file, string rowPrefix, int column, string value)
    {
        var lines = File.ReadAllLines(PathOf(file));
        var index = Array.FindIndex(lines, l => l.StartsWith(rowPrefix, StringComparison.Ordinal));
        var cells = lines[index].Split(',');
        cells[column] = value;
        lines[index] = string.Join(",", cells);
        File.WriteAllLines(PathOf(file), lines);
        return this;
    }

    public SetEditor Append(string file, string line)
    {
        File.AppendAllText(PathOf(file), line + "\n");
        return this;
    }

    public SetEditor RemoveLines(string file, Func<string, bool> predicate)
    {
        var lines = File.ReadAllLines(PathOf(file));
        File.WriteAllLines(PathOf(file), lines.Take(1).Concat(lines.Skip(1).Where(l => !predicate(l))));
        return this;
    }

    public IReadOnlyList<Diagnostic> Check(bool strict = false)
    {
        var diagnostics = new DiagnosticBag();
        var bound = new DocumentSetBinder(diagnostics).Bind(Folder, "set");
        if (bound is not null)
            RuleCatalog.Run(bound, new RuleOptions(strict), diagnostics);
        return diagnostics.Items;
    }

    public void Dispose() => _temp.Dispose();
}
