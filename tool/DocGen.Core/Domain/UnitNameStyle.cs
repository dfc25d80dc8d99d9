namespace DocGen.Domain;

/// <summary>How documents print a unit: its full name, or its first short name (单位名称写法).</summary>
internal enum UnitNameStyle
{
    FullName,
    ShortName,
}
