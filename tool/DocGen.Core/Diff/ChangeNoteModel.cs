using DocGen.Domain;
using DocGen.Model;

namespace DocGen.Diff;

/// <summary>
/// What <c>change-note.md.hbs</c> sees: the campaign for the title, each kind of change as ready-to-print lines, and
/// the notice's 发文机关 and 成文日期 for the signature (the note goes out under the notice's issuer).
/// </summary>
internal sealed record ChangeNoteModel(
    string Campaign,
    IReadOnlyList<ChangeLineModel> Tasks,
    bool HasTasks,
    IReadOnlyList<ChangeLineModel> Phases,
    bool HasPhases,
    IReadOnlyList<ChangeLineModel> Units,
    bool HasUnits,
    bool HasChanges,
    string Issuer,
    string SignDate) : ITemplateModel
{
    /// <param name="facts">The newer version's facts: the note describes the set as it now stands.</param>
    public static ChangeNoteModel Of(SetChanges changes, DocumentFacts facts)
    {
        var tasks = Lines(ChangeReport.TaskLines(changes));
        var phases = Lines(ChangeReport.PhaseLines(changes));
        var units = Lines(ChangeReport.UnitLines(changes));
        return new(facts.Campaign, tasks, tasks.Count > 0, phases, phases.Count > 0, units, units.Count > 0, !changes.IsEmpty,
            facts.Issuer, ChineseDate.Format(facts.SignDate));
    }

    private static List<ChangeLineModel> Lines(IEnumerable<string> lines) => lines.Select(l => new ChangeLineModel(l)).ToList();
}
