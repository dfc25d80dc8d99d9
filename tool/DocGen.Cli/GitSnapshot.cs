using System.Diagnostics;
using System.Text;

namespace DocGen.Cli;

/// <summary>
/// A set folder as it was at a git revision, with the templates folder it used then when the repository holds it,
/// extracted to a temporary folder (<c>docgen diff --git REV</c>).
/// </summary>
/// <remarks>
/// File names come from the repository, so they are hostile input: every git call passes its arguments as a list,
/// never as one command string, the revision is resolved to a commit id first, and names are read NUL-separated.
/// </remarks>
internal sealed class GitSnapshot : IDisposable
{
    private readonly string _snapshot;

    private GitSnapshot(string snapshot, string folder, string? templates) => (_snapshot, Folder, Templates) = (snapshot, folder, templates);

    /// <summary>The set as it was.</summary>
    public string Folder { get; }

    /// <summary>The other templates folder as it was; null when it is outside the repository or was not in it then.</summary>
    public string? Templates { get; }

    /// <param name="templates">
    /// A templates folder the set may use besides its own <c>templates/</c> (<c>--templates</c>, the shared or the
    /// built-in folder), taken too when the repository holds it.
    /// </param>
    /// <returns>The snapshot, or null with the reason when git cannot provide it.</returns>
    public static GitSnapshot? Take(string set, string revision, string templates, out string? problem)
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
        var snapshot = Path.Combine(Path.GetTempPath(), "docgen-diff-" + Path.GetRandomFileName());
        var folder = Path.Combine(snapshot, "set");
        if (Extract(root, commit, set, folder, out problem) is null)
            return null;
        var other = Path.Combine(snapshot, "templates");
        var fromRoot = Path.GetRelativePath(root, Path.GetFullPath(templates));
        var inside = !fromRoot.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(fromRoot);
        return new GitSnapshot(snapshot, folder, inside && Extract(root, commit, templates, other, out _) is > 0 ? other : null);
    }

    /// <summary>Writes the files of <paramref name="source"/> at <paramref name="commit"/> under <paramref name="target"/>.</summary>
    /// <returns>How many files it held, or null with the reason when git could not list them.</returns>
    private static int? Extract(string root, string commit, string source, string target, out string? problem)
    {
        var relative = Path.GetRelativePath(root, Path.GetFullPath(source)).Replace('\\', '/');
        var files = Text(Git(root, ["ls-tree", "-r", "-z", "--name-only", commit, "--", relative], out problem));
        if (files is null)
            return null;
        Directory.CreateDirectory(target);
        var names = files.Split('\0', StringSplitOptions.RemoveEmptyEntries);
        foreach (var file in names)
        {
            // “commit:path” starts with a hexadecimal id, so no file name can turn it into an option.
            var content = Git(root, ["cat-file", "blob", $"{commit}:{file}"], out _);
            var path = Path.GetFullPath(Path.Combine(target, Path.GetRelativePath(relative, file)));
            if (!path.StartsWith(target + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                continue;
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, content ?? []);
        }
        return names.Length;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_snapshot, recursive: true);
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
