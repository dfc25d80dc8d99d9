using System.Globalization;
using DocGen.Tests.Support;

namespace DocGen.Tests.Loading;

/// <summary>
/// Runs <c>docgen check</c> in a child process whose heap cannot grow past a small limit and that must finish in
/// time, so hostile input that once took gigabytes or minutes fails the test (exit 70 on out-of-memory, 134 on a
/// stack overflow, or a timeout) instead of eating the machine.
/// </summary>
internal static class BoundedCheck
{
    private const long HeapLimitBytes = 256L * 1024 * 1024;

    public static (int Exit, string Output) Run(string set)
    {
        var (exit, printed, error) = ChildProcess.Run("dotnet",
            [Path.Combine(AppContext.BaseDirectory, "docgen.dll"), "check", set, "--templates", Repository.Templates],
            TimeSpan.FromMinutes(2),
            new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = "0x" + HeapLimitBytes.ToString("X", CultureInfo.InvariantCulture) });
        // A stack overflow prints tens of thousands of frames; the first lines say enough.
        var output = printed + error;
        return (exit, output.Length > 4000 ? output[..4000] : output);
    }
}
