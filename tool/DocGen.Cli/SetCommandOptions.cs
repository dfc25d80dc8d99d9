using System.CommandLine;
using DocGen.Loading;
using DocGen.Pipeline;
using DocGen.Rules;

namespace DocGen.Cli;

/// <summary>The arguments build and check share: the set folder and an optional templates folder.</summary>
internal sealed class SetCommandOptions
{
    public Argument<string> Set { get; } = new("SET")
    {
        Description = "文件集目录（含 manifest.yaml 和 CSV 表格），缺省为 data",
        Arity = ArgumentArity.ZeroOrOne,
        DefaultValueFactory = _ => "data",
    };

    public Option<string?> Templates { get; } = new("--templates")
    {
        Description = "模板目录；缺省时用文件集下的 templates/，没有则用内置模板",
    };

    public Option<bool> Strict { get; } = new("--strict")
    {
        Description = "从严检查：完成时限超出工作步骤范围按错误处理",
    };

    public Option<OutputFormat> Format { get; } = new("--format")
    {
        Description = "诊断信息的格式：text（缺省）或 json",
        DefaultValueFactory = _ => OutputFormat.Text,
    };

    public Option<string?> Encoding { get; } = new("--encoding")
    {
        Description = "强制按此编码读取文件集：utf-8、gb18030（gbk）、utf-16、utf-16be；缺省自动识别",
    };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Set);
        command.Options.Add(Templates);
        command.Options.Add(Strict);
        command.Options.Add(Format);
        command.Options.Add(Encoding);
        Encoding.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } name && TextDecoder.ByName(name) is null)
                result.AddError($"无法识别的编码“{name}”，可用：{string.Join("、", TextDecoder.Names)}。");
        });
    }

    public BuildOptions Read(ParseResult result, string outFolder, bool keepMarkdown)
    {
        var set = result.GetValue(Set)!;
        var templates = Locations.Templates(set, result.GetValue(Templates));
        return new BuildOptions(set, Locations.Display(set), templates, Locations.Display(templates),
            outFolder, Locations.Display(outFolder), keepMarkdown)
        {
            Rules = new RuleOptions(Strict: result.GetValue(Strict)),
            Encoding = result.GetValue(Encoding) is { } name ? TextDecoder.ByName(name) : null,
        };
    }
}
