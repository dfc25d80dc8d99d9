namespace DocGen.Model;

/// <summary>A task listed in the jurisdiction report as unreported or overdue.</summary>
internal sealed record OpenTaskModel(string Number, string Item, string Leads, string Deadline, string Status) : ITemplateModel;
