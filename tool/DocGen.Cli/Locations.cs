namespace DocGen.Cli;

/// <summary>Where the program finds its default templates and the sample set, and how paths are shown to users.</summary>
internal static class Locations
{
    public static string DefaultTemplates => Path.Combine(AppContext.BaseDirectory, "templates");

    public static string Sample => Path.Combine(AppContext.BaseDirectory, "sample");

    /// <summary>
    /// An explicit option wins; then the set's own <c>templates/</c>, then one beside the set (shared by a county's
    /// township sets); then the built-in defaults.
    /// </summary>
    public static string Templates(string set, string? option)
    {
        var own = OwnTemplates(set);
        return option is null && Directory.Exists(own) ? own : OtherTemplates(set, option);
    }

    public static string OwnTemplates(string set) => Path.Combine(set, "templates");

    /// <summary>The folder a set without templates of its own uses: the option, the shared folder or the built-ins.</summary>
    public static string OtherTemplates(string set, string? option)
    {
        var shared = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(set)) ?? set, "templates");
        return option ?? (Directory.Exists(shared) ? shared : DefaultTemplates);
    }

    /// <summary>Relative to the current folder when inside it, so messages read <c>data/tasks.csv(12,6)</c>.</summary>
    public static string Display(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
    }
}
