using DocGen.Diagnostics;
using DocGen.Domain;

namespace DocGen.Rules;

/// <summary>Every consistency rule, run in this order after binding.</summary>
internal static class RuleCatalog
{
    public static IReadOnlyList<IRule> All { get; } =
        [new DocumentNumberRule(), new DateRule(), new UnitRule(), new PhaseRule(), new DeadlineRule(), new TableRule(), new ProgressRule()];

    public static void Run(DocumentSet set, RuleOptions options, DiagnosticBag diagnostics)
    {
        foreach (var rule in All)
            rule.Check(set, options, diagnostics);
    }
}
