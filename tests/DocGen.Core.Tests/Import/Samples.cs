using DocGen.Tests.Support;

namespace DocGen.Tests.Import;

/// <summary>
/// The real plans of ../shared/samples, copied into the tree so the tests run anywhere: the Wei County plan and the
/// town plan, each as the website's text and as a .docx.
/// </summary>
internal static class Samples
{
    public static string Folder => Path.Combine(Repository.Root, "tests", "DocGen.Core.Tests", "Import", "Samples");

    public static string File(string name) => Path.Combine(Folder, name);

    public static string Expected(string name) => Path.Combine(Repository.Root, "tests", "DocGen.Core.Tests", "Import", "Expected", name);
}
