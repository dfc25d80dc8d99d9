using DocGen.Diagnostics;

namespace DocGen.Domain;

/// <summary>
/// Where each field of a task row stands. The column positions are the table's, shared by every row, so a row
/// holds one location however wide the table is; a field whose column is absent points at the row.
/// </summary>
internal sealed record TaskCells(SourceLocation Row, TaskColumns Columns)
{
    public SourceLocation Number => At(Columns.Number);
    public SourceLocation Category => At(Columns.Category);
    public SourceLocation Item => At(Columns.Item);
    public SourceLocation Score => At(Columns.Score);
    public SourceLocation Text => At(Columns.Text);
    public SourceLocation Leads => At(Columns.Leads);
    public SourceLocation Partners => At(Columns.Partners);
    public SourceLocation Deadline => At(Columns.Deadline);
    public SourceLocation Phase => At(Columns.Phase);

    private SourceLocation At(int? column) => column is { } c ? Row with { Column = c } : Row;
}

/// <summary>The 1-based column of each task field in its table; null for a column the table does not have.</summary>
internal sealed record TaskColumns(
    int? Number, int? Category, int? Item, int? Score, int? Text, int? Leads, int? Partners, int? Deadline, int? Phase)
{
    public static TaskColumns None { get; } = new(null, null, null, null, null, null, null, null, null);
}
