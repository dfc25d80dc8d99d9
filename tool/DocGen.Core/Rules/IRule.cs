using DocGen.Diagnostics;
using DocGen.Domain;

namespace DocGen.Rules;

/// <summary>A consistency rule: reads the bound set, reports what disagrees. Rules never change or render anything.</summary>
internal interface IRule
{
    /// <summary>The ids this rule may report, with what they mean (README's rule catalogue).</summary>
    IReadOnlyList<RuleId> Ids { get; }

    void Check(DocumentSet set, RuleOptions options, DiagnosticBag diagnostics);
}
