namespace DocGen.Import;

/// <summary>One unit of units.csv: the full name and the other spellings the sources used for it.</summary>
public sealed record UnitGroup(string Name, IReadOnlyList<string> Aliases);
