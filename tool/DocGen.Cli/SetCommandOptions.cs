using System.CommandLine;
using DocGen.Diagnostics;
using DocGen.Loading;
using DocGen.Pipeline;
using DocGen.Rules;

namespace DocGen.Cli;

/// <summary>The arguments build and check share: the set folder and an optional templates folder.</summary>
internal sealed class SetCommandOptions
{
    public Argument<string[]> Sets { get; } = new("SET")
    {
        Description = "文件集目录（含 manifest.yaml 和 CSV 表格），可写多个；不含 manifest.yaml 的目录按其下各文件集处理；缺省为 data",
        Arity = ArgumentArity.ZeroOrMore,
        DefaultValueFactory = _ => ["data"],
    };

    public Option<string?> Shard { get; } = new("--shard")
    {
        HelpName = "i/n",
        Description = "只处理第 i 份（共 n 份，写作 i/n）：文件集按路径排序后轮流分配，供多台机器或多个 CI 任务分担",
    };

    public Option<string?> Templates { get; } = new("--templates")
    {
        HelpName = "DIR",
        Description = "模板目录；缺省时用文件集下的 templates/，没有则用内置模板",
    };

    public Option<bool> Strict { get; } = new("--strict")
    {
        Description = "从严检查：完成时限超出工作步骤范围按错误处理",
    };

    public Option<OutputFormat> Format { get; } = new("--format", "-f")
    {
        Description = "诊断信息的格式：text（缺省）或 json",
        DefaultValueFactory = _ => OutputFormat.Text,
    };

    public Option<string?> Encoding { get; } = new("--encoding")
    {
        HelpName = "编码",
        Description = "强制按此编码读取文件集：utf-8、gb18030（gbk）、utf-16、utf-16be；缺省自动识别",
    };

    /// <summary>An empty folder name (<c>--out ''</c>) is a usage error, not a path the system rejects later.</summary>
    public static void RejectEmpty<T>(Option<T> option) => option.Validators.Add(result =>
    {
        if (result.GetValueOrDefault<T>() is string { Length: 0 })
            result.AddError($"{option.Name} 不能是空字符串，请写出目录。");
    });

    public void AddTo(Command command)
    {
        command.Arguments.Add(Sets);
        Sets.Validators.Add(result =>
        {
            var sets = result.GetValueOrDefault<string[]>() ?? [];
            if (sets.Any(s => s.Length == 0))
                result.AddError("SET 不能是空字符串，请写出文件集目录。");
            // A mistyped option lands here as a folder name; a real folder named so is written ./-x.
            foreach (var option in sets.Where(s => s.StartsWith('-') && !Directory.Exists(s)))
                result.AddError(Usage.UnknownOption(option, command));
        });
        command.Options.Add(Shard);
        Shard.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } text && ParseShard(text) is null)
                result.AddError($"--shard 应写成 i/n（1 ≤ i ≤ n），此处为“{text}”。");
        });
        command.Options.Add(Templates);
        RejectEmpty(Templates);
        command.Options.Add(Strict);
        command.Options.Add(Format);
        command.Options.Add(Encoding);
        Encoding.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } name && TextDecoder.ByName(name) is null)
                result.AddError($"无法识别的编码“{name}”，可用：{string.Join("、", TextDecoder.Names)}。");
        });
    }

    /// <summary>
    /// One build per set: each argument is a set or a folder of sets; with several sets each gets its own output
    /// folder under <paramref name="outFolder"/>, named like its set folder. With <paramref name="outputs"/>, sets
    /// that would share an output folder are reported there (build), across all shards.
    /// </summary>
    public IReadOnlyList<BuildOptions> ReadAll(ParseResult result, string outFolder, bool keepMarkdown, DiagnosticBag? outputs = null)
    {
        var sets = result.GetValue(Sets)!.SelectMany(SetFinder.Expand).DistinctBy(SetOutputs.Identity).ToList();
        // Decided before sharding, so every shard writes where the whole run would.
        var several = sets.Count > 1;
        var all = sets.Select(set => Options(result, set, SetOutputs.Folder(outFolder, set, several), keepMarkdown)).ToList();
        if (outputs is not null)
            SetOutputs.Check(all, outFolder, outputs);
        if (result.GetValue(Shard) is { } shard && ParseShard(shard) is var (index, count))
            all = all.OrderBy(o => o.SetFolder, StringComparer.Ordinal).Where((_, i) => i % count == index - 1).ToList();
        return all;
    }

    private BuildOptions Options(ParseResult result, string set, string output, bool keepMarkdown)
    {
        var templates = Locations.Templates(set, result.GetValue(Templates));
        return new BuildOptions(set, Locations.Display(set), templates, Locations.Display(templates),
            output, Locations.Display(output), keepMarkdown)
        {
            Rules = new RuleOptions(Strict: result.GetValue(Strict)),
            Encoding = result.GetValue(Encoding) is { } name ? TextDecoder.ByName(name) : null,
        };
    }

    private static (int Index, int Count)? ParseShard(string text) =>
        text.Split('/') is [var i, var n] && int.TryParse(i, out var index) && int.TryParse(n, out var count) && index >= 1 && index <= count
            ? (index, count)
            : null;
}
