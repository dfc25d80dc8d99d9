using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace DocGen.Loading;

/// <summary>
/// Passes YamlDotNet's events on to <c>YamlStream</c> and stops, at the offending place, a manifest that nests too
/// deep (<c>YamlStream</c> builds nodes recursively, so 40,000 <c>[</c> overflow the stack), that uses an alias
/// with no anchor before it or inside its own anchor, or whose aliases expand past a budget (a "billion laughs"
/// of 600 KB would otherwise become gigabytes of text in the documents).
/// </summary>
internal sealed class BoundedYamlParser(IParser inner) : IParser
{
    // A manifest nests three deep (document mapping, a list or mapping, its items); 50 leaves room for any honest use.
    public const int MaxDepth = 50;

    // What aliases may add to the manifest in total: far above any real 清单 (about 2 KB of text), far below harm.
    public const long MaxAliasCharacters = 100_000;
    public const long MaxAliasNodes = 10_000;

    private readonly Stack<(string? Anchor, NodeSize Size)> _open = new();
    private readonly Dictionary<string, NodeSize> _anchors = new(StringComparer.Ordinal);
    private NodeSize _expanded;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
            return false;
        switch (inner.Current)
        {
            case DocumentStart:
                _anchors.Clear();
                break;
            case Scalar scalar:
                Close(scalar.Anchor, new NodeSize(1, scalar.Value.Length));
                break;
            case NodeEvent start and (SequenceStart or MappingStart):
                if (_open.Count + 1 > MaxDepth)
                    throw new ManifestYamlException(start.Start,
                        $"清单嵌套超过 {MaxDepth} 层，DocGen 不再往下读；清单的值只需写成文字、文字列表或“名称: 值”，请检查此处多余的 [ 或 {{。");
                // Until it closes, an alias of this anchor is inside it (YAML refers to the latest anchor of a name).
                if (!start.Anchor.IsEmpty)
                    _anchors.Remove(start.Anchor.Value);
                _open.Push((start.Anchor.IsEmpty ? null : start.Anchor.Value, new NodeSize(1, 0)));
                break;
            case SequenceEnd or MappingEnd:
                var (anchor, size) = _open.Pop();
                Close(anchor is null ? AnchorName.Empty : new AnchorName(anchor), size);
                break;
            case AnchorAlias alias:
                Expand(alias);
                break;
        }
        return true;
    }

    private void Expand(AnchorAlias alias)
    {
        var name = alias.Value.Value;
        if (!_anchors.TryGetValue(name, out var size))
            throw new ManifestYamlException(alias.Start, _open.Any(o => o.Anchor == name)
                ? $"别名“*{name}”用在了锚点“&{name}”所标的值内部，会无限展开；请删去这个别名。"
                : $"别名“*{name}”前面没有锚点“&{name}”；请在要引用的值前写上“&{name}”，或删去这个别名。");
        _expanded += size;
        if (_expanded.Characters > MaxAliasCharacters || _expanded.Nodes > MaxAliasNodes)
            throw new ManifestYamlException(alias.Start,
                $"别名“*{name}”展开后，别名重复出的内容超过 {MaxAliasCharacters} 个字符或 {MaxAliasNodes} 个值，DocGen 不再展开；请直接写出这些值，或少用别名。");
        AddToParent(size);
    }

    private void Close(AnchorName anchor, NodeSize size)
    {
        if (!anchor.IsEmpty)
            _anchors[anchor.Value] = size;
        AddToParent(size);
    }

    private void AddToParent(NodeSize size)
    {
        if (_open.TryPop(out var parent))
            _open.Push((parent.Anchor, parent.Size + size));
    }

    /// <summary>How much a node stands for once its aliases are expanded: values (scalars and collections) and characters.</summary>
    private readonly record struct NodeSize(long Nodes, long Characters)
    {
        public static NodeSize operator +(NodeSize a, NodeSize b) => new(a.Nodes + b.Nodes, a.Characters + b.Characters);
    }
}
