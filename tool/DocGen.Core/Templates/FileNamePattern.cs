using System.Text;
using DocGen.Output;

namespace DocGen.Templates;

/// <summary>
/// A document's file name as its front matter writes it: text and the fields <c>{{单位}}</c>, <c>{{辖区}}</c> and
/// <c>{{辖区级别}}</c>, ending in <c>.docx</c>. Field values are made safe as file names when filled in; the unit's
/// name is cut so the whole stem fits <see cref="FileNames.MaxStemBytes"/>, as <see cref="FileNames.UnitReport"/> does.
/// </summary>
internal sealed class FileNamePattern
{
    public const string Unit = "单位";
    public const string Jurisdiction = "辖区";
    public const string JurisdictionLevel = "辖区级别";
    public const string Extension = ".docx";

    private static readonly string[] Fields = [Unit, Jurisdiction, JurisdictionLevel];

    // Field parts hold the field's name; the last text part has lost its ".docx".
    private readonly List<(bool IsField, string Text)> _stem;

    private FileNamePattern(string text, List<(bool, string)> stem) => (Text, _stem) = (text, stem);

    public string Text { get; }

    public bool HasUnit => _stem.Contains((true, Unit));

    public override string ToString() => Text;

    /// <returns>The pattern, or the message and the 0-based offset in <paramref name="text"/> of what is wrong.</returns>
    public static (FileNamePattern? Pattern, string? Error, int Offset) Parse(string text)
    {
        if (!text.EndsWith(Extension, StringComparison.Ordinal) || text.Length == Extension.Length)
            return (null, $"文件名“{text}”应以 {Extension} 结尾，如“督查通报.docx”。", 0);
        var stem = new List<(bool, string)>();
        var body = text[..^Extension.Length];
        for (var i = 0; i < body.Length;)
        {
            var open = body.IndexOf("{{", i, StringComparison.Ordinal);
            var literal = body[i..(open < 0 ? body.Length : open)];
            if (literal.IndexOfAny(['{', '}']) is var brace and >= 0)
                return (null, $"文件名中有单个花括号；要代入的值写成 {{{{{Unit}}}}} 的样子（两对花括号）。", i + brace);
            if (Array.FindIndex(literal.ToCharArray(), c => c < 0x20 || "<>:\"/\\|?*".Contains(c, StringComparison.Ordinal)) is var bad and >= 0)
                return (null, $"文件名中不能有“{literal[bad]}”（Windows 和 Linux 的文件名都不允许 / \\ : * ? \" < > | 和控制字符）。", i + bad);
            if (literal.Length > 0)
                stem.Add((false, literal));
            if (open < 0)
                break;
            var close = body.IndexOf("}}", open, StringComparison.Ordinal);
            if (close < 0)
                return (null, "文件名中的 {{ 没有配对的 }}。", open);
            var field = body[(open + 2)..close].Trim();
            if (!Fields.Contains(field))
                return (null, $"文件名中的“{{{{{field}}}}}”不是可代入的值；可用的有 {string.Join("、", Fields.Select(f => "{{" + f + "}}"))}。", open);
            stem.Add((true, field));
            i = close + 2;
        }
        return (new FileNamePattern(text, stem), null, 0);
    }

    /// <summary>The file name with each field's value filled in (<c>单位</c> only for a unit's document).</summary>
    public string Expand(string jurisdiction, string jurisdictionLevel, string? unit = null)
    {
        string Value(string field) => FileNames.Sanitize(field == Jurisdiction ? jurisdiction : jurisdictionLevel);
        var others = _stem.Where(p => p != (true, Unit)).Sum(p => Encoding.UTF8.GetByteCount(p.IsField ? Value(p.Text) : p.Text));
        var unitName = unit is null ? "" : FileNames.Sanitize(unit, Math.Max(1, FileNames.MaxStemBytes - others));
        var stem = string.Concat(_stem.Select(p => !p.IsField ? p.Text : p.Text == Unit ? unitName : Value(p.Text)));
        // A long 辖区 or text can still pass the limit; a cut of the whole stem keeps every derived name writable.
        return (Encoding.UTF8.GetByteCount(stem) > FileNames.MaxStemBytes ? FileNames.Sanitize(stem) : stem) + Extension;
    }
}
