using System.Diagnostics;

namespace DocGen.Cli;

/// <summary>A set folder as it was at a git revision, extracted to a temporary folder (<c>docgen diff --git REV</c>).</summary>
internal sealed class GitSnapshot : IDisposable
{
    private GitSnapshot(string folder) => Folder = folder;

    public string Folder { get; }

    /// <returns>The snapshot, or null with the reason when git cannot provide it.</returns>
    public static GitSnapshot? Take(string set, string revision, out string? problem)
    {
        var root = Git(Path.GetFullPath(set), "rev-parse --show-toplevel", out problem)?.Trim();
        if (root is null)
            return null;
        var relative = Path.GetRelativePath(root, Path.GetFullPath(set)).Replace('\\', '/');
        var files = Git(root, $"ls-tree -r --name-only {revision} -- \"{relative}\"", out problem);
        if (files is null)
            return null;
        var folder = Path.Combine(Path.GetTempPath(), "docgen-diff-" + Path.GetRandomFileName());
        foreach (var file in files.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var content = GitBytes(root, $"show {revision}:\"{file}\"");
            var target = Path.Combine(folder, Path.GetRelativePath(relative, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, content ?? []);
        }
        Directory.CreateDirectory(folder);
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

    private static string? Git(string folder, string arguments, out string? problem)
    {
        problem = null;
        var bytes = GitBytes(folder, arguments, out var error);
        if (bytes is null)
            problem = error;
        return bytes is null ? null : System.Text.Encoding.UTF8.GetString(bytes);
    }

    private static byte[]? GitBytes(string folder, string arguments) => GitBytes(folder, arguments, out _);

    private static byte[]? GitBytes(string folder, string arguments, out string error)
    {
        error = "";
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", $"-c core.quotepath=off {arguments}")
            {
                WorkingDirectory = Directory.Exists(folder) ? folder : Path.GetDirectoryName(folder)!,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            using var output = new MemoryStream();
            var stderr = git.StandardError.ReadToEndAsync();
            git.StandardOutput.BaseStream.CopyTo(output);
            git.WaitForExit();
            error = stderr.Result.Trim();
            return git.ExitCode == 0 ? output.ToArray() : null;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            error = $"无法运行 git：{e.Message}";
            return null;
        }
    }
}
