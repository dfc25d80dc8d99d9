using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;

namespace DocGen.Cli;

/// <summary>
/// System.CommandLine's own words (Description:, Usage:, its parse errors) from its zh-Hans resources, whatever the
/// machine's locale, so every line docgen prints is Chinese.
/// </summary>
internal static class ChineseResources
{
    private const string Culture = "zh-Hans";

    private static int _resolving;

    /// <summary>Sets the current thread's UI culture; the first call also teaches the runtime where the resources are.</summary>
    public static void Use()
    {
        // Under invariant globalization the culture is named “zh-HANS”, and the runtime would look for its resources in
        // a folder of that name, which a case-sensitive file system does not have: point it at the real one.
        if (Interlocked.Exchange(ref _resolving, 1) == 0)
            AssemblyLoadContext.Default.Resolving += LoadSatellite;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(Culture);
    }

    private static Assembly? LoadSatellite(AssemblyLoadContext context, AssemblyName name)
    {
        if (!string.Equals(name.CultureName, Culture, StringComparison.OrdinalIgnoreCase))
            return null;
        var path = Path.Combine(AppContext.BaseDirectory, Culture, name.Name + ".dll");
        return File.Exists(path) ? context.LoadFromAssemblyPath(path) : null;
    }
}
