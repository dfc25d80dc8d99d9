using System.Diagnostics;
using System.Text;

namespace DocGen.Cli;

/// <summary>A set folder as it was at a git revision, extracted to a temporary folder (<c>docgen diff --git REV</c>).</summary>
/// <remarks>
/// File names come from the repository, so they are hostile input: every git call passes its arguments as a list,
/// never as one command string, the revision is resolved to a commit id first, and names are read NUL-separated.
/// </remarks>
internal sealed class GitSnapshot : IDisposable
{
    private GitSnapshot(string folder) => Folder = folder;

    public string Folder { get; }

    /// <returns>The snapshot, or null with the reason when git cannot provide it.</returns>
    public static GitSnapshot? Take(string set, string revision, out string? problem)
    {
        var root = Text(Git(Path.GetFullPath(set), ["rev-parse", "--show-toplevel"], out problem))?.Trim();
        if (root is null)
            return null;
        // --end-of-options: a revision such as “--output=x” is a name to look up, not an option.
        var commit = Text(Git(root, ["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"], out problem))?.Trim();
        if (string.IsNullOrEmpty(commit))
        {
            problem = string.IsNullOrEmpty(problem) ? $"没有名为“{revision}”的版本" : problem;
            return null;
        }
        var relative = Path.GetRelativePath(root, Path.GetFullPath(set)).Replace('\\', '/');
        var files = Text(Git(root, ["ls-tree", "-r", "-z", "--name-only", commit, "--", relative], out problem));
        if (files is null)
            return null;
        var folder = Path.Combine(Path.GetTempPath(), "docgen-diff-" + Path.GetRandomFileName());
        Directory.CreateDirectory(folder);
        foreach (var file in files.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            // “commit:path” starts with a hexadecimal id, so no file name can turn it into an option.
            var content = Git(root, ["cat-file", "blob", $"{commit}:{file}"], out _);
            var target = Path.GetFullPath(Path.Combine(folder, Path.GetRelativePath(relative, file)));
            if (!target.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                continue;
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, content ?? []);
        }
        return new GitSnapshot(folder);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover folder in the temp directory is harmless.
        }
    }

    private static string? Text(byte[]? bytes) => bytes is null ? null : Encoding.UTF8.GetString(bytes);

    private static byte[]? Git(string folder, IEnumerable<string> arguments, out string error)
    {
        error = "";
        try
        {
            var start = new ProcessStartInfo("git")
            {
                WorkingDirectory = Directory.Exists(folder) ? folder : Path.GetDirectoryName(folder)!,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in arguments)
                start.ArgumentList.Add(argument);
            using var git = Process.Start(start)!;
            using var output = new MemoryStream();
            var stderr = git.StandardError.ReadToEndAsync();
            git.StandardOutput.BaseStream.CopyTo(output);
            git.WaitForExit();
            error = stderr.Result.Trim();
            return git.ExitCode == 0 ? output.ToArray() : null;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            error = $"无法运行 git：{e.Message.TrimEnd('.', '。')}";
            return null;
        }
    }
}
