namespace DocGen.Rules;

/// <summary>Switches a user sets on the command line.</summary>
/// <param name="Strict">Dated deadlines outside the phases are errors, not warnings.</param>
public sealed record RuleOptions(bool Strict = false);
