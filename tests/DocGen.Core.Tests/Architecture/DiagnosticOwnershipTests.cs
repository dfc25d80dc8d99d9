using System.Text.RegularExpressions;
using DocGen.Binding;
using DocGen.Rules;
using DocGen.Tests.Support;

namespace DocGen.Tests.Architecture;

/// <summary>Each id has one owner: a rule reports exactly the ids it lists, and binding those of <see cref="BindingIds"/>.</summary>
public sealed partial class DiagnosticOwnershipTests
{
    public static TheoryData<string> Rules() => [.. RuleCatalog.All.Select(r => r.GetType().Name)];

    [Theory]
    [MemberData(nameof(Rules))]
    public void A_rule_reports_exactly_the_ids_it_lists(string name)
    {
        var rule = RuleCatalog.All.Single(r => r.GetType().Name == name);
        var listed = rule.Ids.Select(i => i.Id).Order().ToList();

        // The ids its code names outside the constructor that lists them (lambdas and helpers included) are what it reports
        var reported = Ids(WithNested(rule.GetType())).Order().ToList();

        Assert.Equal(listed, reported);
    }

    [Fact]
    public void Binding_reports_exactly_the_agreement_ids_it_lists()
    {
        var binding = typeof(DocumentSetBinder).Assembly.GetTypes().Where(t => t.Namespace == typeof(DocumentSetBinder).Namespace && t != typeof(BindingIds));
        var reported = Ids(binding).Where(id => id.StartsWith("DG2", StringComparison.Ordinal)).Order().ToList();

        Assert.Equal(BindingIds.All.Select(i => i.Id).Order().ToList(), reported);
    }

    [Fact]
    public void No_agreement_id_is_listed_twice()
    {
        var all = RuleCatalog.All.SelectMany(r => r.Ids).Concat(BindingIds.All).Select(i => i.Id).ToList();
        Assert.Equal(all.Distinct().Count(), all.Count);
    }

    private static IEnumerable<Type> WithNested(Type type) => type.Assembly.GetTypes().Where(t => t == type || t.FullName!.StartsWith(type.FullName + "+", StringComparison.Ordinal));

    private static HashSet<string> Ids(IEnumerable<Type> types) =>
        types.SelectMany(IlReferences.StringsOutsideConstructors).Where(s => DiagnosticId().IsMatch(s)).ToHashSet();

    [GeneratedRegex("^DG[0-9]{4}$")]
    private static partial Regex DiagnosticId();
}
