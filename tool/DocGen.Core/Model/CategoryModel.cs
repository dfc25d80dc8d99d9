namespace DocGen.Model;

/// <summary>A 类别 of the plan's 重点任务.</summary>
internal sealed record CategoryModel(string Name, IReadOnlyList<ItemModel> Items, int TaskCount, string Score) : ITemplateModel;
