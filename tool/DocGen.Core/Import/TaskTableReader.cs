using System.Text.RegularExpressions;
using DocGen.Binding;

namespace DocGen.Import;

/// <summary>
/// Tasks from a 分工表: a header row names the columns; a table without a header that follows one of the same
/// width continues it (Word splits a long table at page breaks); a merged cell (<c>w:vMerge</c>) or an empty
/// 类别/项目 cell repeats the value above; a row that is one cell across the table (<c>一、基础工作</c>) is a group;
/// numbered sub-tasks in one cell become a task each (<see cref="SubTaskSplitter"/>).
/// </summary>
internal sealed partial class TaskTableReader
{
    private TaskTableColumns? _columns;
    private readonly Dictionary<int, string> _above = [];
    private string _group = "";

    public List<ImportedTask> Tasks { get; } = [];

    public void Read(SourceTable table)
    {
        var rows = table.Rows;
        var header = rows.Count > 0 ? TaskTableColumns.FromHeader(rows[0], table.Width) : null;
        if (header is not null)
            (_columns, rows) = (header, rows.Skip(1).ToList());
        else if (_columns is null || _columns.Width != table.Width)
        {
            _columns = null;
            return;
        }
        foreach (var row in rows)
            ReadRow(row, _columns!);
    }

    private void ReadRow(IReadOnlyList<SourceCell> row, TaskTableColumns columns)
    {
        if (row.Count == 1 && row[0].Span == columns.Width)
        {
            _group = HeadingParser.Parse(row[0].Text)?.Title is { Length: > 0 } title ? title : row[0].Text;
            return;
        }
        string Value(string field, bool sameAsAbove)
        {
            if (columns[field] is not { } column || row.FirstOrDefault(c => c.Column == column) is not { } cell)
                return "";
            var text = cell.ContinuesAbove || (sameAsAbove && cell.Text.Length == 0) ? _above.GetValueOrDefault(column, "") : cell.Text;
            _above[column] = text;
            return text;
        }
        var category = Value("类别", true);
        var item = Value("项目", true);
        var score = Value("分值", false);
        var text = Value("工作任务", false);
        var leads = Value("牵头单位", false);
        var partners = Value("责任单位", false);
        var deadline = Value("完成时限", false);
        if (text.Length == 0)
            return;
        // An item label may carry its score: “1.党政同责（3分）”.
        var scored = ScoreInLabel().Match(item);
        if (scored.Success)
            (item, score) = (item[..scored.Index].Trim(), score.Length > 0 ? score : scored.Groups["s"].Value);
        var location = row.First(c => c.Column == columns["工作任务"]).Location;
        var texts = SubTaskSplitter.Split(text);
        var (leadList, partnerList, deadlines) = (SubTaskSplitter.Spread(leads, texts.Count), SubTaskSplitter.Spread(partners, texts.Count), SubTaskSplitter.Spread(deadline, texts.Count));
        for (var i = 0; i < texts.Count; i++)
            Tasks.Add(new ImportedTask(Label(category) is { Length: > 0 } c ? c : _group, Label(item), score, texts[i],
                UnitListSplitter.Split(leadList[i]), UnitListSplitter.Split(partnerList[i]), deadlines[i], location));
    }

    /// <summary>A label without its typed number: “一、基础工作” → “基础工作”, “1.党政同责” → “党政同责”.</summary>
    private static string Label(string text) => HeadingParser.Parse(text) is { Title.Length: > 0 } heading ? heading.Title : text;

    [GeneratedRegex(@"[（(]\s*(?<s>[0-9]+(?:\.[0-9]+)?)\s*分\s*[）)]$")]
    private static partial Regex ScoreInLabel();
}
