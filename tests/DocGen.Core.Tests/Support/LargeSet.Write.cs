namespace DocGen.Tests.Support;

public static partial class LargeSet
{
    /// <summary>Copies the sample set to <paramref name="folder"/> and grows it there.</summary>
    /// <returns>The number of tasks written.</returns>
    public static int Write(string folder, int copiesPerTask)
    {
        Repository.CopyFolder(Repository.SampleSet, folder);
        return Grow(folder, copiesPerTask);
    }
}
