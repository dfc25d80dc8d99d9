using DocGen.Binding;
using DocGen.Domain;
using DocGen.Loading;
using DocGen.Tests.Support;

namespace DocGen.Tests.Architecture;

/// <summary>
/// Binding ends raw data: what comes after it sees the typed <see cref="DocumentSet"/>, never a loaded table, the
/// manifest, or the names its files give their keys and columns.
/// </summary>
public sealed class StageBoundaryTests
{
    private static readonly string[] LaterStages = ["DocGen.Rules", "DocGen.Model", "DocGen.Diff", "DocGen.Docx", "DocGen.Templates", "DocGen.Domain"];

    public static TheoryData<string> Stages() => [.. LaterStages];

    private static IEnumerable<Type> TypesOf(string stage) =>
        typeof(DocumentSet).Assembly.GetTypes().Where(t => t.Namespace == stage);

    [Theory]
    [MemberData(nameof(Stages))]
    public void A_later_stage_refers_to_no_loading_type(string stage)
    {
        // Given every type of the stage, lambdas and state machines included
        var types = TypesOf(stage).ToList();
        Assert.NotEmpty(types);

        // Then none of them names a type of the loading stage, in a signature or in its code
        var offending = types
            .SelectMany(t => IlReferences.Types(t).Where(r => r.Namespace == typeof(Manifest).Namespace).Select(r => $"{t.FullName} → {r.Name}"))
            .Distinct()
            .ToList();
        Assert.True(offending.Count == 0, string.Join("\n", offending));
    }

    [Theory]
    [MemberData(nameof(Stages))]
    public void A_later_stage_keys_nothing_by_a_manifest_key_or_a_column_header(string stage)
    {
        var offending = TypesOf(stage)
            // A template's front matter has keys of its own (文件, 单位, 版头 …), some spelt like the set's.
            .Where(t => t != typeof(DocGen.Templates.FrontMatterReader))
            .SelectMany(t => IlReferences.Keys(t).Where(RawName.Contains).Select(s => $"{t.FullName}: “{s}”"))
            .Distinct()
            .ToList();
        Assert.True(offending.Count == 0, string.Join("\n", offending));
    }

    [Fact]
    public void The_scan_sees_what_binding_refers_to()
    {
        // The same scan over the binders finds the manifest and the column names: it can fail.
        var binding = typeof(DocumentSetBinder).Assembly.GetTypes().Where(t => t.Namespace == typeof(DocumentSetBinder).Namespace).ToList();
        Assert.Contains(binding.SelectMany(IlReferences.Types), t => t == typeof(Manifest));
        Assert.Contains(binding.SelectMany(IlReferences.Keys), s => s == "完成时限");
    }

    /// <summary>The keys of manifest.yaml, Chinese and English, and the column headers of the set's tables.</summary>
    private static readonly HashSet<string> RawName =
    [
        .. ManifestFields.All.SelectMany(f => new[] { f.Id, f.ChineseKey }),
        .. TaskBinder.Columns, .. PhaseBinder.Columns, .. ProgressBinder.Columns, .. RegisterBinder.Columns,
        UnitBinder.NameColumn, UnitBinder.AliasColumn, UnitBinder.ReportColumn, "分值", "阶段",
    ];
}
