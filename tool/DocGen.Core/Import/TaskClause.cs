namespace DocGen.Import;

/// <summary>
/// One task found in running text: the words before its closing clause and the units the clause names.
/// <see cref="LeadFromPartners"/> is set when the clause named only 责任单位 and the first was taken as the lead.
/// </summary>
internal sealed record TaskClause(string Text, IReadOnlyList<string> Leads, IReadOnlyList<string> Partners, int Offset)
{
    public bool LeadFromPartners { get; init; }

    /// <summary>The clause's own 完成时限 (<c>；完成时限：2023年6月底前</c>), empty when it has none.</summary>
    public string Deadline { get; init; } = "";

    /// <summary>The clause opened a bracket it never closed: <c>（牵头单位：X；责任单位：Y</c>.</summary>
    public bool Unbalanced { get; init; }
}
