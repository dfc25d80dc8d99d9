using DocGen.Diagnostics;

namespace DocGen.Templates;

/// <summary>
/// Reads the front matter that opens every top-level template: a Handlebars comment, so the template stays valid and
/// renders the same, holding one <c>键: 值</c> a line (full-width colon too; blank and <c>#</c> lines are skipped):
/// <code>
/// {{!--
/// 文件: 自查报告-{{单位}}.docx
/// 份数: 每单位一份
/// 单位: 自查报告单位
/// 模型: unit
/// --}}
/// </code>
/// Each problem is reported at its line; a YAML reader would add quoting rules (a value may not start with <c>{</c>)
/// and aliases to a block of six flat keys.
/// </summary>
internal sealed class FrontMatterReader(TemplateSource source, DiagnosticBag diagnostics)
{
    public const string Open = "{{!--";
    public const string Close = "--}}";
    public const string FileKey = "文件";
    public const string CopiesKey = "份数";
    public const string UnitsKey = "单位";
    public const string ModelKey = "模型";
    public const string RedheadKey = "版头";
    public const string ColophonKey = "版记";
    public const string ReportingUnits = "自查报告单位";

    private static readonly Dictionary<string, string> Required = new(StringComparer.Ordinal)
    {
        [FileKey] = "生成的文件名，如“督查通报.docx”",
        [CopiesKey] = "“一份”“每单位一份”或“比较时”",
        [ModelKey] = "模板的模型：set、unit、jurisdiction 或 change",
    };

    private static readonly Dictionary<string, DocumentCopies> Copies = new(StringComparer.Ordinal)
    {
        ["一份"] = DocumentCopies.OncePerSet,
        ["每单位一份"] = DocumentCopies.PerReportingUnit,
        ["比较时"] = DocumentCopies.OnComparison,
    };

    private static readonly string[] Keys = [FileKey, CopiesKey, UnitsKey, ModelKey, RedheadKey, ColophonKey];

    private static readonly Dictionary<string, DocumentModelKind> Models = new(StringComparer.Ordinal)
    {
        ["set"] = DocumentModelKind.Set,
        ["unit"] = DocumentModelKind.UnitReport,
        ["jurisdiction"] = DocumentModelKind.JurisdictionReport,
        ["change"] = DocumentModelKind.ChangeNote,
    };

    /// <summary>
    /// What the five built-in templates declared before templates declared themselves: a set's own copy of one of
    /// them, made from an older DocGen, keeps building as it did. A test holds these to the built-in front matter.
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, string[]> Legacy = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["notice"] = ["文件: 印发通知.docx", "份数: 一份", "模型: set", "版头: 有", "版记: 有"],
        ["plan"] = ["文件: 实施方案.docx", "份数: 一份", "模型: set", "版头: 无", "版记: 无"],
        ["table"] = ["文件: 任务分工表.docx", "份数: 一份", "模型: set", "版头: 无", "版记: 无"],
        ["unit-report"] = ["文件: 自查报告-{{单位}}.docx", "份数: 每单位一份", "单位: 自查报告单位", "模型: unit", "版头: 无", "版记: 无"],
        ["jurisdiction-report"] = ["文件: 全{{辖区级别}}自查报告.docx", "份数: 一份", "模型: jurisdiction", "版头: 无", "版记: 无"],
    };

    private readonly Dictionary<string, (string Value, SourceLocation At)> _entries = new(StringComparer.Ordinal);
    private readonly HashSet<string> _malformed = new(StringComparer.Ordinal);
    private bool _failed;

    /// <returns>The declaration, or null after reporting every problem of the front matter.</returns>
    public DocumentDeclaration? Read()
    {
        if (source.Lines[0].Trim() != Open && Legacy.TryGetValue(source.Name, out var legacy))
        {
            diagnostics.Warning(DiagnosticIds.TemplateFrontMatterAssumed, At(1, 1),
                $"模板开头没有文件说明；它与内置模板同名，按内置的“{source.Name}{TemplateEngine.Extension}”生成（{legacy[0]}）。请把内置模板开头的文件说明（“{Open}”到“{Close}”几行）复制到这里，以后就不再提示（见 README 第 5 节）。");
            foreach (var line in legacy)
                ReadLine(line, 1);
            return Declaration();
        }
        if (source.Lines[0].Trim() != Open)
        {
            diagnostics.Error(DiagnosticIds.TemplateFrontMatterMissing, At(1, 1),
                $"模板开头没有文件说明，DocGen 不知道它生成什么文件。请在第 1 行起写“{Open}”，逐行写“文件: 名称.docx”“份数: 一份”“模型: set”，再以单独一行“{Close}”结束（见 README 第 5 节）；局部模板请放进 partials/。");
            return null;
        }
        var close = Array.FindIndex(source.Lines, 1, l => l.Trim() == Close);
        if (close < 0)
        {
            diagnostics.Error(DiagnosticIds.TemplateFrontMatterSyntax, At(1, 1), $"文件说明从这里的“{Open}”开始，但没有以单独一行的“{Close}”结束。");
            return null;
        }
        for (var i = 1; i < close; i++)
            ReadLine(source.Lines[i].TrimEnd('\r'), i + 1);
        foreach (var (key, meaning) in Required.Where(r => !_entries.ContainsKey(r.Key) && !_malformed.Contains(r.Key)))
            Fail(DiagnosticIds.TemplateFrontMatterSyntax, At(1, 1), $"文件说明缺少“{key}”（{meaning}）。");
        return Required.Keys.All(_entries.ContainsKey) ? Declaration() : null;
    }

    private void ReadLine(string line, int number)
    {
        var text = line.Trim();
        if (text.Length == 0 || text.StartsWith('#'))
            return;
        var indent = line.Length - line.TrimStart().Length;
        var colon = line.IndexOfAny([':', '：']);
        var key = colon < 0 ? "" : line[..colon].Trim();
        if (colon < 0)
        {
            // “份数 一份” is that key without its colon: one message, not also “缺少份数”.
            _malformed.UnionWith(Keys.Where(k => text.StartsWith(k, StringComparison.Ordinal)));
            Fail(DiagnosticIds.TemplateFrontMatterSyntax, At(number, indent + 1), $"文件说明的每行应写成“键: 值”，如“{FileKey}: 督查通报.docx”，而不是“{text}”。");
        }
        else if (!Keys.Contains(key))
            Fail(DiagnosticIds.TemplateFrontMatterSyntax, At(number, indent + 1), $"文件说明中的键“{key}”无法识别；可用的键有 {string.Join("、", Keys)}。");
        else if (_entries.ContainsKey(key))
            Fail(DiagnosticIds.TemplateFrontMatterSyntax, At(number, indent + 1), $"文件说明中“{key}”写了两次，请只留一个。");
        else
        {
            var value = line[(colon + 1)..];
            _entries[key] = (value.Trim(), At(number, colon + 2 + value.Length - value.TrimStart().Length));
        }
    }

    private DocumentDeclaration? Declaration()
    {
        var (fileText, fileAt) = _entries[FileKey];
        var (pattern, error, offset) = FileNamePattern.Parse(fileText);
        if (pattern is null)
            Fail(DiagnosticIds.TemplateFrontMatterValue, fileAt with { Column = fileAt.Column + offset }, error!);
        var copies = Choice(CopiesKey, Copies);
        var model = Choice(ModelKey, Models);
        var redhead = Choice(RedheadKey, YesNo, false);
        var colophon = Choice(ColophonKey, YesNo, false);
        // For a set's document any 单位 is one line too many, reported below as such.
        if (copies != DocumentCopies.OncePerSet && _entries.TryGetValue(UnitsKey, out var units) && units.Value != ReportingUnits)
            Fail(DiagnosticIds.TemplateFrontMatterValue, units.At,
                $"“{UnitsKey}”目前只能是“{ReportingUnits}”（units.csv 中“自查报告”不为“否”且承担任务的单位），而不是“{units.Value}”。");
        if (copies is { } c && model is { } m && pattern is not null)
            CheckCopies(c, m, pattern);
        return _failed ? null : new DocumentDeclaration(source.Name, pattern!, copies!.Value, model!.Value, redhead!.Value, colophon!.Value, fileAt)
        {
            RedheadAt = WrittenAt(RedheadKey),
            ColophonAt = WrittenAt(ColophonKey),
        };
    }

    /// <summary>A unit's document needs the unit model, a unit in its name and the units named; a set's none of them.</summary>
    private void CheckCopies(DocumentCopies copies, DocumentModelKind model, FileNamePattern pattern)
    {
        var perUnit = copies == DocumentCopies.PerReportingUnit;
        if (perUnit && !_entries.ContainsKey(UnitsKey))
            Fail(DiagnosticIds.TemplateFrontMatterSyntax, _entries[CopiesKey].At, $"每单位一份的文件要写明哪些单位：加一行“{UnitsKey}: {ReportingUnits}”。");
        if (!perUnit && _entries.TryGetValue(UnitsKey, out var units))
            Fail(DiagnosticIds.TemplateFrontMatterValue, units.At, $"“{CopiesKey}: 一份”的文件不按单位生成，请删去“{UnitsKey}”一行。");
        if (perUnit != (model == DocumentModelKind.UnitReport))
            Fail(DiagnosticIds.TemplateFrontMatterValue, _entries[ModelKey].At, perUnit
                ? "每单位一份的文件，模型应为 unit（UnitReportModel）。"
                : "模型 unit（UnitReportModel）只用于“份数: 每单位一份”的文件；一份的文件用 set 或 jurisdiction。");
        if ((copies == DocumentCopies.OnComparison) != (model == DocumentModelKind.ChangeNote))
            Fail(DiagnosticIds.TemplateFrontMatterValue, _entries[ModelKey].At, model == DocumentModelKind.ChangeNote
                ? "模型 change（ChangeNoteModel）是 docgen diff 的调整说明，“份数”应为“比较时”。"
                : "“份数: 比较时”的文件是 docgen diff --docx 写的调整说明，模型应为 change（ChangeNoteModel）。");
        if (perUnit != pattern.HasUnit)
            Fail(DiagnosticIds.TemplateFrontMatterValue, _entries[FileKey].At, perUnit
                ? $"每单位一份的文件名要含 {{{{{FileNamePattern.Unit}}}}}，否则各单位的文件同名，如“自查报告-{{{{{FileNamePattern.Unit}}}}}.docx”。"
                : $"“{CopiesKey}: 一份”的文件名不能含 {{{{{FileNamePattern.Unit}}}}}。");
    }

    private static Dictionary<string, bool> YesNo => new(StringComparer.Ordinal) { ["有"] = true, ["无"] = false };

    /// <returns>The value's meaning, <paramref name="absent"/> when the key is not written, or null after reporting it.</returns>
    private T? Choice<T>(string key, Dictionary<string, T> choices, T? absent = null) where T : struct
    {
        if (!_entries.TryGetValue(key, out var entry))
            return absent;
        if (choices.TryGetValue(entry.Value, out var value))
            return value;
        Fail(DiagnosticIds.TemplateFrontMatterValue, entry.At,
            $"“{key}”的值“{entry.Value}”无法识别；可用的有 {string.Join("、", choices.Keys)}。");
        return null;
    }

    private void Fail(string id, SourceLocation at, string message)
    {
        diagnostics.Error(id, at, message);
        _failed = true;
    }

    private SourceLocation WrittenAt(string key) => _entries.TryGetValue(key, out var entry) ? entry.At : At(1, 1);

    private SourceLocation At(int line, int column) => new(source.DisplayPath, line, column);
}
