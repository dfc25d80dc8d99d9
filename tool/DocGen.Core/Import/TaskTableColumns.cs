namespace DocGen.Import;

/// <summary>
/// Which grid column of a 分工表 holds which field, found from the header row by the names offices give the
/// columns. A table is a 分工表 when it has a task column and a unit column.
/// </summary>
internal sealed record TaskTableColumns(IReadOnlyDictionary<string, int> ByField, int Width)
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["序号"] = "序号",
        ["类别"] = "类别",
        ["项目"] = "项目",
        ["分值"] = "分值",
        ["重点任务"] = "工作任务",
        ["工作任务"] = "工作任务",
        ["工作目标任务"] = "工作任务",
        ["具体任务"] = "工作任务",
        ["牵头单位"] = "牵头单位",
        ["责任单位"] = "责任单位",
        ["责任部门"] = "责任单位",
        ["配合单位"] = "责任单位",
        ["完成时限"] = "完成时限",
        ["完成时间"] = "完成时限",
        ["时间安排"] = "完成时限",
    };

    public int? this[string field] => ByField.TryGetValue(field, out var column) ? column : null;

    /// <returns>The columns when <paramref name="row"/> is a 分工表 header row; null otherwise.</returns>
    public static TaskTableColumns? FromHeader(IReadOnlyList<SourceCell> row, int width)
    {
        var fields = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var cell in row)
            if (Names.TryGetValue(cell.Text.Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal), out var field))
                fields.TryAdd(field, cell.Column);
        var hasUnits = fields.ContainsKey("牵头单位") || fields.ContainsKey("责任单位");
        return fields.ContainsKey("工作任务") && hasUnits ? new TaskTableColumns(fields, width) : null;
    }
}
