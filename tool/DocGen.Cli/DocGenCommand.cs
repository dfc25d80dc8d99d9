using System.CommandLine;

namespace DocGen.Cli;

/// <summary>The command tree: build, check, init, diff, import.</summary>
internal static class DocGenCommand
{
    public static RootCommand Create() => new("DocGen：由一份文件集（清单和 CSV 表格）生成符合 GB/T 9704-2012 的公文")
    {
        BuildCommand.Create(),
        CheckCommand.Create(),
        InitCommand.Create(),
        DiffCommand.Create(),
        ImportCommand.Create(),
    };
}
