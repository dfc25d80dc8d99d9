using System.CommandLine;
using System.Text;

namespace DocGen.Cli;

/// <summary>
/// A command's help, all in Chinese: usage, what it does, its arguments, options and subcommands, two examples and
/// the exit codes. System.CommandLine's own help mixes in English headings its translations lack.
/// </summary>
internal static class HelpText
{
    private static readonly Dictionary<string, string[]> Examples = new(StringComparer.Ordinal)
    {
        ["docgen"] = ["docgen init 我的文件集", "docgen build 我的文件集 --out output"],
        ["build"] = ["docgen build data --out output", "docgen build 全县/ --pdf"],
        ["check"] = ["docgen check data", "docgen check data --format json"],
        ["init"] = ["docgen init 我的文件集", "docgen build 我的文件集"],
        ["diff"] = ["docgen diff 旧版 新版", "docgen diff data --git HEAD~1 --docx 调整说明.docx"],
        ["import"] = ["docgen import 印发通知.docx --out 我的文件集", "docgen import 实施方案.docx 任务分工表.docx --out 我的文件集"],
        ["help"] = ["docgen help build", "docgen build --help"],
    };

    private const string ExitCodesLine =
        "退出码：0 成功（可能有警告）；1 输入有错误；2 命令行用法错误；3 输出失败；70 DocGen 内部错误。";

    public static string For(Command command)
    {
        var text = new StringBuilder();
        text.Append("用法：").AppendLine(UsageLine(command)).AppendLine();
        if (command.Description is { Length: > 0 } description)
            text.AppendLine(description).AppendLine();
        Section(text, "参数", command.Arguments.Where(a => !a.Hidden).Select(a => (Name(a), a.Description)));
        var inherited = command.Parents.OfType<Command>().SelectMany(p => p.Options.Where(o => o.Recursive));
        Section(text, "选项", command.Options.Concat(inherited).Where(o => !o.Hidden).Select(o => (Name(o), Describe(o))));
        Section(text, "命令", command.Subcommands.Where(c => !c.Hidden).Select(c => (c.Name, c.Description)));
        if (Examples.TryGetValue(command is RootCommand ? "docgen" : command.Name, out var examples))
        {
            text.AppendLine("示例：");
            foreach (var example in examples)
                text.Append("  ").AppendLine(example);
            text.AppendLine();
        }
        return text.AppendLine(ExitCodesLine).ToString();
    }

    private static string UsageLine(Command command)
    {
        var path = command is RootCommand ? "docgen" : "docgen " + command.Name;
        var parts = new List<string> { path };
        parts.AddRange(command.Arguments.Where(a => !a.Hidden).Select(a => a.Arity.MinimumNumberOfValues == 0 ? $"[{Name(a)}]" : Name(a)));
        if (command.Subcommands.Count > 0)
            parts.Add("命令");
        parts.Add("[选项]");
        return string.Join(' ', parts);
    }

    private static string Name(Argument argument) => argument.Arity.MaximumNumberOfValues > 1 ? argument.Name + "…" : argument.Name;

    private static string Name(Option option)
    {
        // Windows-style aliases (/?, /h) work but are not shown: the examples are for a Linux shell.
        var names = string.Join(", ", option.Aliases.Where(a => a.StartsWith('-')).Order(StringComparer.Ordinal).Append(option.Name));
        return option.Arity.MaximumNumberOfValues == 0 || option.ValueType == typeof(bool) ? names : $"{names} {ValueName(option)}";
    }

    private static string ValueName(Option option) =>
        option.HelpName is { Length: > 0 } name ? name
        : option.ValueType.IsEnum ? string.Join('|', Enum.GetNames(option.ValueType).Select(n => n.ToLowerInvariant()))
        : "值";

    private static string? Describe(Option option) => option.Name == "--help" ? "显示帮助" : option.Name == "--version" ? "显示版本" : option.Description;

    private static void Section(StringBuilder text, string title, IEnumerable<(string Name, string? Description)> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
            return;
        text.Append(title).AppendLine("：");
        var width = list.Max(r => TextColumns(r.Name)) + 2;
        foreach (var (name, description) in list)
            text.Append("  ").Append(name).Append(' ', width - TextColumns(name)).AppendLine(description);
        text.AppendLine();
    }

    // A terminal shows a CJK character two columns wide.
    private static int TextColumns(string text) => text.Sum(c => c >= 0x2E80 ? 2 : 1);
}
