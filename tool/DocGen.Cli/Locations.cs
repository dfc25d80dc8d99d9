namespace DocGen.Cli;

/// <summary>Where the program finds its default templates and the sample set, and how paths are shown to users.</summary>
internal static class Locations
{
    public static string DefaultTemplates => Path.Combine(AppContext.BaseDirectory, "templates");

    public static string Sample => Path.Combine(AppContext.BaseDirectory, "sample");

    /// <summary>A set's own <c>templates/</c> folder wins over the defaults; an explicit option wins over both.</summary>
    public static string Templates(string set, string? option) =>
        option ?? (Directory.Exists(Path.Combine(set, "templates")) ? Path.Combine(set, "templates") : DefaultTemplates);

    /// <summary>Relative to the current folder when inside it, so messages read <c>data/tasks.csv(12,6)</c>.</summary>
    public static string Display(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
    }
}
