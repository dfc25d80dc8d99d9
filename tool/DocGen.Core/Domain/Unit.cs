using DocGen.Diagnostics;

namespace DocGen.Domain;

/// <summary>An organisation from units.csv; <see cref="DisplayName"/> is how every document prints it.</summary>
internal sealed record Unit(string Name, IReadOnlyList<string> Aliases, bool WritesReport, string DisplayName)
{
    public SourceLocation? Location { get; init; }
}
