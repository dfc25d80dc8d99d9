namespace DocGen.Domain;

/// <summary>Resolves a unit written by its full name or any alias.</summary>
internal sealed class UnitRegistry
{
    private readonly Dictionary<string, Unit> _byName;

    public UnitRegistry(IReadOnlyList<Unit> units, IReadOnlyDictionary<string, Unit> byName)
    {
        Units = units;
        _byName = new Dictionary<string, Unit>(byName, StringComparer.Ordinal);
    }

    public IReadOnlyList<Unit> Units { get; }

    public IEnumerable<string> KnownNames => _byName.Keys;

    public Unit? Find(string name) => _byName.GetValueOrDefault(name.Trim());
}
