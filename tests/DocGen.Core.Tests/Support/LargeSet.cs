using System.Globalization;

namespace DocGen.Tests.Support;

/// <summary>
/// The sample set grown to thousands of tasks: each task repeated in place (so 类别/项目 groups stay together),
/// numbered afresh, with each progress row moved to the first copy of its task. The benchmark program links this
/// file (not LargeSet.Write.cs), for its 10,000-task workload.
/// </summary>
public static partial class LargeSet
{
    /// <summary>Grows a copy of the sample set in <paramref name="folder"/> in place.</summary>
    /// <returns>The number of tasks written.</returns>
    public static int Grow(string folder, int copiesPerTask)
    {
        var tasks = File.ReadAllLines(Path.Combine(folder, "tasks.csv"));
        var grown = new List<string> { tasks[0] };
        var firstCopy = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in tasks.Skip(1))
        {
            var comma = line.IndexOf(',', StringComparison.Ordinal);
            firstCopy[line[..comma]] = grown.Count;
            for (var i = 0; i < copiesPerTask; i++)
                grown.Add(grown.Count.ToString(CultureInfo.InvariantCulture) + line[comma..]);
        }
        File.WriteAllLines(Path.Combine(folder, "tasks.csv"), grown);

        var progress = File.ReadAllLines(Path.Combine(folder, "progress.csv"));
        File.WriteAllLines(Path.Combine(folder, "progress.csv"), progress.Take(1).Concat(progress.Skip(1).Select(line =>
        {
            var comma = line.IndexOf(',', StringComparison.Ordinal);
            return firstCopy[line[..comma]].ToString(CultureInfo.InvariantCulture) + line[comma..];
        })));
        return grown.Count - 1;
    }
}
