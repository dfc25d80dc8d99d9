namespace DocGen.Docx;

/// <summary>
/// Which body cells merge vertically: in each named column, consecutive rows with the same value form one cell,
/// as long as the named columns to its left agree too (a 项目 group never crosses a 类别 boundary). §13c: rows
/// grouped by 重点任务/类别 with the 具体措施 as separate rows.
/// </summary>
internal sealed class TableMerges
{
    private readonly MergeState[,] _states;

    private TableMerges(MergeState[,] states, IReadOnlyList<int> columns) => (_states, Columns) = (states, columns);

    /// <summary>The merged columns' indexes, left to right.</summary>
    public IReadOnlyList<int> Columns { get; }

    public MergeState this[int row, int column] => _states[row, column];

    /// <summary>The widest row's cell count: columns beyond it have no state.</summary>
    public int Width => _states.GetLength(1);

    public static TableMerges Compute(IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<bool> isHeader, IReadOnlyList<string> names)
    {
        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        var states = new MergeState[rows.Count, width];
        var header = Enumerable.Range(0, rows.Count).FirstOrDefault(r => isHeader[r], -1);
        var columns = header < 0 ? [] : names.Select(n => rows[header].ToList().IndexOf(n)).Where(i => i >= 0).Order().ToList();

        for (var r = 0; r < rows.Count; r++)
        {
            if (isHeader[r])
                continue;
            var sameGroup = r > 0 && !isHeader[r - 1];
            foreach (var c in columns)
            {
                sameGroup = sameGroup && Cell(rows, r, c) == Cell(rows, r - 1, c) && Cell(rows, r, c).Length > 0;
                if (!sameGroup)
                    continue;
                states[r, c] = MergeState.Continue;
                if (states[r - 1, c] == MergeState.None)
                    states[r - 1, c] = MergeState.Restart;
            }
        }
        return new TableMerges(states, columns);
    }

    private static string Cell(IReadOnlyList<IReadOnlyList<string>> rows, int row, int column) =>
        column < rows[row].Count ? rows[row][column] : "";
}
