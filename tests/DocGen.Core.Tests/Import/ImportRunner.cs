using DocGen.Binding;
using DocGen.Diagnostics;
using DocGen.Domain;
using DocGen.Import;
using DocGen.Pipeline;
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
        var bound = new DocumentSetBinder(diagnostics).Bind(folder, "imported") is { Facts: not null } imported ? imported : null;
        return (bound, diagnostics);
    }

    public static DocumentSet BindSample()
    {
        var diagnostics = new DiagnosticBag();
        var set = new DocumentSetBinder(diagnostics).Bind(Repository.SampleSet, "data") is { Facts: not null } sample ? sample : null;
        Assert.NotNull(set);
        return set;
    }

    /// <summary>Imports the sources and fills in what no plan states (or states wrongly), so the set builds.</summary>
    public static string ImportComplete(TempFolder temp, params string[] sources)
    {
        var (set, _) = Import(sources);
        Assert.NotNull(set);
        var folder = temp["imported"];
        var diagnostics = new DiagnosticBag();
        ImportedSetWriter.Write(set, folder, "imported", Repository.Templates, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        var manifest = Path.Combine(folder, "manifest.yaml");
        var lines = File.ReadAllLines(manifest).Where(l => !l.StartsWith("成文日期:", StringComparison.Ordinal)).ToList();
        var keys = lines.Select(l => l.Split(':')[0]).ToHashSet();
        // A key the import gave keeps the import's value; the sample's lists (主送机关 …) come whole.
        var sampleLines = File.ReadAllLines(Path.Combine(Repository.SampleSet, "manifest.yaml"));
        for (var i = 0; i < sampleLines.Length; i++)
        {
            var line = sampleLines[i];
            if (line.Length == 0 || line[0] is '#' or ' ' || keys.Contains(line.Split(':')[0]))
                continue;
            lines.Add(line);
            for (var j = i + 1; j < sampleLines.Length && sampleLines[j].StartsWith("  ", StringComparison.Ordinal); j++)
                lines.Add(sampleLines[j]);
        }
        File.WriteAllLines(manifest, lines);
        return folder;
    }

    public static string BuildWithOwnTemplates(string set, string output)
    {
        var templates = Path.Combine(set, "templates");
        var result = new BuildPipeline(new BuildOptions(set, "imported", templates, "imported/templates", output, "out")).Build();
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        return output;
    }
}
