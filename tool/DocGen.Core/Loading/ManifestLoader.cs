using DocGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DocGen.Loading;

/// <summary>Reads the YAML manifest; keys may be written in Chinese or English.</summary>
internal sealed class ManifestLoader(DiagnosticBag diagnostics, System.Text.Encoding? encoding = null)
{
    private static readonly Dictionary<string, ManifestField> FieldsByKey = ManifestFields.All
        .SelectMany(f => new[] { (f.Id, f), (f.ChineseKey, f) })
        .ToDictionary(p => p.Item1, p => p.f, StringComparer.Ordinal);

    public Manifest? Load(string path, string displayPath)
    {
        if (!File.Exists(path))
        {
            diagnostics.Error(DiagnosticIds.FileMissing, new SourceLocation(displayPath),
                "找不到清单文件 manifest.yaml，请在文件集中提供它（可用 docgen init 生成示例）。");
            return null;
        }

        var text = TextDecoder.Read(path, displayPath, encoding, diagnostics);
        if (text is null)
            return null;
        var stream = new YamlStream();
        try
        {
            stream.Load(new BoundedYamlParser(new Parser(new StringReader(text))));
        }
        catch (YamlException e)
        {
            var (location, message) = ManifestSyntaxError.Describe(e, text, displayPath);
            diagnostics.Error(DiagnosticIds.ManifestSyntax, location, message);
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this (without a position) on some unclosed [ or { — a library quirk.
            var (line, column) = ManifestSyntaxError.UnclosedBracket(text) ?? (1, 1);
            diagnostics.Error(DiagnosticIds.ManifestSyntax, new SourceLocation(displayPath, line, column),
                "清单不是有效的 YAML：有未配对的方括号或花括号；值中如需 [ ] { } 请整体加英文引号。");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            diagnostics.Error(DiagnosticIds.ManifestSyntax, new SourceLocation(displayPath, 1, 1),
                "清单应由“键: 值”行组成。");
            return null;
        }
        // YamlStream reads every document of a multi-document file; all after the first would be lost without a word.
        if (stream.Documents.Count > 1)
            diagnostics.Error(DiagnosticIds.ManifestSyntax, At(displayPath, stream.Documents[1].RootNode.Start),
                "这里开始了第二份 YAML 文档（上一行是“---”），DocGen 只读清单的第一份，这里的内容会被忽略；请删去那一行“---”。");

        var values = new Dictionary<string, ManifestValue>(StringComparer.Ordinal);
        var written = new HashSet<ManifestField>();
        foreach (var (keyNode, valueNode) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value?.Trim() ?? "";
            if (!FieldsByKey.TryGetValue(key, out var field))
            {
                diagnostics.Warning(DiagnosticIds.ManifestKeyUnknown, At(displayPath, keyNode.Start),
                    $"清单中的键“{key}”无法识别，已忽略；可用的键见 README。");
                continue;
            }
            // A key written with a wrong value is reported once, as that value, not also as missing.
            written.Add(field);
            if (valueNode is YamlMappingNode mapping && field.IsMapping)
            {
                values[field.Id] = new ManifestValue([], At(displayPath, valueNode.Start)) { Entries = ReadEntries(mapping, displayPath) };
                continue;
            }
            var items = field.IsMapping ? null : ReadItems(valueNode);
            if (items is null)
            {
                diagnostics.Error(DiagnosticIds.ManifestValueNotText, At(displayPath, valueNode.Start),
                    field.IsMapping ? $"“{key}”的值应为“名称: 值”的列表。" : $"“{key}”的值应为文字或文字列表。");
                continue;
            }
            values[field.Id] = new ManifestValue(items, At(displayPath, valueNode.Start));
        }

        foreach (var field in ManifestFields.All.Where(f => f.Required && !written.Contains(f)))
            diagnostics.Error(DiagnosticIds.ManifestKeyMissing, new SourceLocation(displayPath, 1, 1),
                $"清单缺少“{field.ChineseKey}”（{field.Meaning}）。");
        return new Manifest(displayPath, values);
    }

    private static List<string>? ReadItems(YamlNode node) => node switch
    {
        YamlScalarNode scalar => [Clean(scalar.Value)],
        YamlSequenceNode sequence when sequence.Children.All(c => c is YamlScalarNode) =>
            sequence.Children.Select(c => Clean(((YamlScalarNode)c).Value)).Where(v => v.Length > 0).ToList(),
        _ => null,
    };

    private static List<ManifestEntry> ReadEntries(YamlMappingNode mapping, string displayPath) => mapping.Children
        .Where(p => p.Key is YamlScalarNode && p.Value is YamlScalarNode)
        .Select(p => new ManifestEntry(Clean(((YamlScalarNode)p.Key).Value), Clean(((YamlScalarNode)p.Value).Value), At(displayPath, p.Value.Start)))
        .ToList();

    private static string Clean(string? value) => (value ?? "").Trim();

    private static SourceLocation At(string path, Mark mark) => new(path, (int)mark.Line, (int)mark.Column);
}
