namespace DocGen.Templates;

/// <summary>
/// A path with every symbolic link in it resolved, as realpath(3) gives it. .NET resolves only the last component
/// (<see cref="FileSystemInfo.ResolveLinkTarget"/>), so a link to a folder in the middle of a path, or a link whose
/// target holds links itself, would go unseen.
/// </summary>
internal static class RealPath
{
    // Linux's MAXSYMLINKS: more links than this in one path is a loop.
    private const int MaxLinks = 40;

    /// <returns>The resolved path (it need not exist), or null when the links loop.</returns>
    public static string? Of(string path)
    {
        var links = 0;
        // Not Path.GetFullPath: it folds “link/..” by the text, where the file system goes up from the link's target.
        // The working folder is asked for only when needed: it may have been deleted under a running process.
        return Resolve(path, Path.IsPathRooted(path) ? "" : Directory.GetCurrentDirectory(), ref links);
    }

    private static string? Resolve(string path, string relativeTo, ref int links)
    {
        var full = Path.IsPathRooted(path) ? path : Path.Join(relativeTo, path);
        var root = Path.GetPathRoot(full)!;
        var resolved = root;
        foreach (var name in full[root.Length..].Split(['/', Path.DirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries))
        {
            // “..” after a link leaves the link's target, not the folder the link sits in: step up from what is resolved.
            if (name is "." or "..")
            {
                resolved = name == ".." ? Path.GetDirectoryName(resolved) ?? resolved : resolved;
                continue;
            }
            var next = Path.Join(resolved, name);
            if (new FileInfo(next).LinkTarget is { } target)
            {
                if (++links > MaxLinks || Resolve(target, resolved, ref links) is not { } real)
                    return null;
                next = real;
            }
            resolved = next;
        }
        return resolved;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> itself or lies somewhere under it.</summary>
    public static bool IsInside(string path, string folder)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative == "." || !(Path.IsPathRooted(relative) || relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal));
    }
}
