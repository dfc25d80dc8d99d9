using DocGen.Binding;
using DocGen.Diagnostics;
using DocGen.Domain;
using DocGen.Import;
using DocGen.Tests.Support;

namespace DocGen.Tests.Import;

/// <summary>Imports sources into a fresh set folder and binds it as check would, for tests that compare facts.</summary>
internal static class ImportRunner
{
    /// <summary>The manifest keys no plan states (they concern the later self-check), copied from the sample so the set binds.</summary>
    private static readonly string[] NeverInSource = ["自查截止日期", "自查报告报送机关", "自查报告日期", "全域自查报告机关", "全域自查报告主送机关"];

    public static (ImportedSet? Set, DiagnosticBag Diagnostics) Import(params string[] sources)
    {
        var diagnostics = new DiagnosticBag();
        var set = new SetImporter(diagnostics).Import(sources.Select(s => (s, Path.GetFileName(s))).ToList());
        return (set, diagnostics);
    }

    /// <summary>Writes the set, adds the keys no source gives, and binds it; the binding's diagnostics are returned too.</summary>
    public static (DocumentSet? Bound, DiagnosticBag Diagnostics) WriteAndBind(ImportedSet set, TempFolder temp)
    {
        var folder = temp["imported"];
        var diagnostics = new DiagnosticBag();
        ImportedSetWriter.Write(set, folder, "imported", Repository.Templates, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        var sample = File.ReadAllLines(Path.Combine(Repository.SampleSet, "manifest.yaml"));
        File.AppendAllLines(Path.Combine(folder, "manifest.yaml"), sample.Where(l => NeverInSource.Any(k => l.StartsWith(k + ":", StringComparison.Ordinal))));
        var bound = new DocumentSetBinder(diagnostics).Bind(folder, "imported")?.ToDocumentSet();
        return (bound, diagnostics);
    }

    public static DocumentSet BindSample()
    {
        var diagnostics = new DiagnosticBag();
        var set = new DocumentSetBinder(diagnostics).Bind(Repository.SampleSet, "data")?.ToDocumentSet();
        Assert.NotNull(set);
        return set;
    }
}
