using DocGen.Diagnostics;

namespace DocGen.Rules;

/// <summary>One diagnostic a rule reports: its id, default severity and what it checks.</summary>
internal sealed record RuleId(string Id, Severity Severity, string Checks);
