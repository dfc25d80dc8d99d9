using System.CommandLine;
using DocGen.Diagnostics;

namespace DocGen.Cli;

/// <summary><c>docgen init DIR</c>: a new set copied from the sample, its own templates included, ready to edit; never overwrites files.</summary>
internal static class InitCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("DIR") { Description = "新文件集的目录（应不存在或为空）" };
        var command = new Command("init", "以示例文件集为底稿新建一个文件集") { folder };
        command.SetAction(result =>
        {
            var target = result.GetValue(folder)!;
            if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
            {
                Console.Error.WriteLine($"{target}: error {DiagnosticIds.OutputFolderNotEmpty}: 目录“{target}”不是空的，为免覆盖已有文件，请换一个新目录。");
                return ExitCodes.OutputFailed;
            }
            Directory.CreateDirectory(target);
            // The sample's own templates (its campaign's wording) come too, so the new set builds as the sample does.
            foreach (var file in Directory.GetFiles(Locations.Sample, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var copy = Path.Combine(target, Path.GetRelativePath(Locations.Sample, file));
                Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                File.Copy(file, copy);
            }
            Console.Out.WriteLine($"已在 {target} 新建文件集：编辑 manifest.yaml 和各 CSV 表格后，用 docgen build {target} 生成公文。");
            return ExitCodes.Success;
        });
        return command;
    }
}
