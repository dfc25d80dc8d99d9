using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DocGen.Tests.Fuzz;

/// <summary>
/// Damage that knows the structure of what it damages: a workbook's parts and zip, YAML anchors and nesting, unit names
/// that collide or overflow as file names, template loops. These are the forms a hostile-input audit used.
/// </summary>
public static partial class StructureMutator
{
    private static readonly string[] HugeReferences =
        ["A2:XFD1048576", "A70:ALL100069", "A1:EQXCZ9", "XFD1048576:A1", "A0:B0", "A1:A4294967297", "B2:ZZZZZZZZ3", ":", "A1:"];

    private static readonly string[] BadCellReferences =
        ["EQXCZ5", "XFD1048576", "XFE1", "A1048577", "A0", "A99999999999", "a1", "1A", "", "Ａ1", "A-1"];

    /// <summary>One structural change to the workbook's parts, or to its zip bytes.</summary>
    public static (byte[] Bytes, string Description) Workbook(SortedDictionary<string, string> parts, Random random)
    {
        const string Sheet = "xl/worksheets/sheet1.xml";
        const string Strings = "xl/sharedStrings.xml";
        string description;
        switch (random.Next(8))
        {
            case 0:
                var merge = HugeReferences[random.Next(HugeReferences.Length)];
                parts[Sheet] = parts[Sheet].Replace("</sheetData>", $"</sheetData><mergeCells count=\"1\"><mergeCell ref=\"{merge}\"/></mergeCells>", StringComparison.Ordinal);
                description = $"merge {merge}";
                break;
            case 1:
                var bad = BadCellReferences[random.Next(BadCellReferences.Length)];
                var cells = CellReference().Matches(parts[Sheet]);
                var at = cells[random.Next(cells.Count)];
                parts[Sheet] = parts[Sheet][..at.Groups[1].Index] + bad + parts[Sheet][(at.Groups[1].Index + at.Groups[1].Length)..];
                description = $"cell reference {bad}";
                break;
            case 2:
                var depth = random.Next(1_000, 120_000);
                var target = random.Next(2) == 0 ? Sheet : Strings;
                var close = parts[target].LastIndexOf("</", StringComparison.Ordinal);
                parts[target] = parts[target][..close] + string.Concat(Enumerable.Repeat("<x>", depth)) + string.Concat(Enumerable.Repeat("</x>", depth)) + parts[target][close..];
                description = $"{target} nested {depth}";
                break;
            case 3:
                var index = random.Next(3) switch { 0 => "-1", 1 => "99999999", _ => "1e308" };
                parts[Sheet] = Regex.Replace(parts[Sheet], "<v>[0-9]+</v>", $"<v>{index}</v>", RegexOptions.None, TimeSpan.FromSeconds(5));
                description = $"shared string index {index}";
                break;
            case 4:
                var copies = random.Next(1_000, 40_000);
                parts[Strings] = parts[Strings].Replace("</sst>", string.Concat(Enumerable.Repeat("<si><t>长文字长文字长文字长文字</t></si>", copies)) + "</sst>", StringComparison.Ordinal);
                description = $"shared strings +{copies}";
                break;
            case 5:
                var name = parts.Keys.ElementAt(random.Next(parts.Count));
                var (text, mutation) = Mutator.Mutate(parts[name], random);
                parts[name] = Encoding.UTF8.GetString(text);
                description = $"{name}: {mutation}";
                break;
            case 6:
                var removed = parts.Keys.ElementAt(random.Next(parts.Count));
                parts.Remove(removed);
                description = $"without {removed}";
                break;
            default:
                var zip = FuzzWorkbook.Zip(parts);
                for (var i = random.Next(1, 6); i > 0; i--)
                    zip[random.Next(zip.Length)] = (byte)random.Next(256);
                return (random.Next(3) == 0 ? zip[..random.Next(zip.Length)] : zip, "zip bytes damaged");
        }
        return (FuzzWorkbook.Zip(parts), description);
    }

    /// <summary>YAML that is legal or nearly so but hostile: alias bombs, deep flow nesting, tab indents, unknown aliases.</summary>
    public static (string Text, string Description) Yaml(string text, Random random)
    {
        switch (random.Next(5))
        {
            case 0:
                var width = random.Next(2, 10);
                var levels = random.Next(2, 9);
                var bomb = new StringBuilder("l0: &l0 [\"哈哈哈哈\"]\n");
                for (var i = 1; i <= levels; i++)
                    bomb.Append(CultureInfo.InvariantCulture, $"l{i}: &l{i} [{string.Join(", ", Enumerable.Repeat($"*l{i - 1}", width))}]\n");
                var key = random.Next(2) == 0 ? "主送机关" : "抄送机关";
                return (Regex.Replace(text, $"^{key}:(\n  - .*)+", $"{key}: *l{levels}", RegexOptions.Multiline, TimeSpan.FromSeconds(5)) + "\n" + bomb,
                    $"alias bomb {width}^{levels}");
            case 1:
                var depth = random.Next(100, 50_000);
                var open = random.Next(2) == 0 ? '[' : '{';
                return (text.Replace("附注: 此件公开发布", "附注: " + new string(open, depth), StringComparison.Ordinal), $"flow nesting {open} x{depth}");
            case 2:
                var lines = text.Split('\n');
                var line = random.Next(lines.Length);
                lines[line] = "\t" + lines[line];
                return (string.Join('\n', lines), $"tab indent at line {line + 1}");
            case 3:
                return (text.Replace("发文机关: 威县人民政府办公室", "发文机关: *未定义", StringComparison.Ordinal), "unknown alias");
            default:
                var anchored = text.Replace("发文机关: 威县人民政府办公室", "发文机关: &机关 威县人民政府办公室", StringComparison.Ordinal);
                return (anchored.Replace("印发机关: 威县人民政府办公室", "印发机关: *机关", StringComparison.Ordinal) + "\n重复: *机关\n", "aliases reused");
        }
    }

    /// <summary>A unit renamed everywhere in the set, into a name that overflows, collides or is astral as a file name.</summary>
    public static string Names(string set, Random random)
    {
        var units = File.ReadAllLines(Path.Combine(set, "units.csv")).Skip(1).Select(l => l.Split(',')[0]).Where(u => u.Length > 0).ToList();
        var unit = units[random.Next(units.Count)];
        var other = units[random.Next(units.Count)];
        var renamed = random.Next(7) switch
        {
            0 => unit + ".",
            1 => unit.Insert(unit.Length / 2, random.Next(2) == 0 ? "/" : ":"),
            2 => string.Concat(Enumerable.Repeat("𠮷", random.Next(1, 120))) + unit,
            3 => string.Concat(Enumerable.Repeat(unit, random.Next(5, 30))),
            4 => other + string.Concat(Enumerable.Repeat("局", random.Next(70, 100))),
            5 => "..",
            _ => new string('长', random.Next(80, 300)),
        };
        foreach (var file in Directory.GetFiles(set, "*.*").Where(f => f.EndsWith(".csv", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal)))
            File.WriteAllText(file, File.ReadAllText(file).Replace(unit, renamed, StringComparison.Ordinal));
        return $"unit “{unit}” renamed to {renamed.Length} characters “{(renamed.Length > 12 ? renamed[..12] + "…" : renamed)}”";
    }

    /// <summary>Nested loops over the tasks, the shape that made a template run for minutes.</summary>
    public static (string Text, string Description) TemplateLoops(string text, Random random)
    {
        var depth = random.Next(2, 7);
        var loops = string.Concat(Enumerable.Range(0, depth).Select(i => i == 0 ? "{{#each Tasks}}" : "{{#each @root.Tasks}}"));
        var body = random.Next(2) == 0 ? "x" : "";
        var ends = string.Concat(Enumerable.Repeat("{{/each}}", depth));
        // Below the front matter (a comment: loops inside it would be no loops), or the first line.
        var frontMatterEnd = text.IndexOf("\n--}}\n", StringComparison.Ordinal);
        var at = frontMatterEnd >= 0 ? frontMatterEnd + "\n--}}\n".Length : text.IndexOf('\n', StringComparison.Ordinal) + 1;
        return (text[..at] + loops + body + ends + "\n" + text[at..], $"{depth} nested loops over Tasks");
    }

    [GeneratedRegex("<c r=\"([^\"]*)\"")]
    private static partial Regex CellReference();
}
