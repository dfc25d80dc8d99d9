namespace DocGen.Model;

/// <summary>A 项目 of the plan's 重点任务 with its tasks.</summary>
internal sealed record ItemModel(string Name, IReadOnlyList<TaskModel> Tasks) : ITemplateModel;
