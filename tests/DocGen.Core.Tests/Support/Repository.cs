namespace DocGen.Tests.Support;

/// <summary>Paths in the checkout: the sample set and the default templates the tests build from.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string SampleSet => Path.Combine(Root, "data");

    public static string Templates => Path.Combine(Root, "templates");

    /// <summary>Copies the sample set into <paramref name="folder"/>/set so a test may edit it.</summary>
    public static string CopySample(TempFolder folder)
    {
        var set = folder["set"];
        CopyFolder(SampleSet, set);
        return set;
    }

    /// <summary>Copies a folder and everything under it, over what is there (the default templates over a copied sample's own).</summary>
    public static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "DocGen.sln")))
                return dir.FullName;
        throw new InvalidOperationException("DocGen.sln not found above the test assembly");
    }
}
