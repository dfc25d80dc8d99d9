namespace DocGen.Model;

/// <summary>A task ready to print: units by their printed names, joined with 、.</summary>
internal sealed record TaskModel(string Number, string Category, string Item, string Score, string Text, string Leads, string Partners, string Deadline, string Phase) : ITemplateModel;
