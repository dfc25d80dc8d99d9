namespace DocGen.Model;

/// <summary>A task a unit reported on: its role (牵头/配合), 进展 and what it wrote.</summary>
internal sealed record ReportedTaskModel(string Number, string Item, string Text, string Role, string Status, string Practice, string Problems, string NextSteps) : ITemplateModel;
