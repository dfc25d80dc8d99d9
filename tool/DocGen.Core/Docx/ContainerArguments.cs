namespace DocGen.Docx;

/// <summary>
/// The words after a container's role: flags (<c>landscape</c>) and lists (<c>merge=类别,项目</c>), e.g.
/// <c>::: attachment landscape merge=类别,项目</c>.
/// </summary>
internal sealed record ContainerArguments(IReadOnlySet<string> Flags, IReadOnlyDictionary<string, IReadOnlyList<string>> Lists)
{
    public static ContainerArguments Parse(string? arguments)
    {
        var flags = new HashSet<string>(StringComparer.Ordinal);
        var lists = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var word in (arguments ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = word.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
                flags.Add(word);
            else
                lists[word[..equals]] = word[(equals + 1)..].Split([',', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }
        return new ContainerArguments(flags, lists);
    }

    public bool Has(string flag) => Flags.Contains(flag);

    public IReadOnlyList<string> List(string key) => Lists.TryGetValue(key, out var values) ? values : [];
}
