using System.Text.Json;
using DocGen.Diagnostics;

namespace DocGen.Cli;

/// <summary>
/// Prints diagnostics in the compiler format on stderr with a summary line (a warning repeated more than five times
/// in a set is cut short by <see cref="WarningDigest"/>), or all of them as a JSON array on stdout.
/// </summary>
internal static class DiagnosticPrinter
{
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, OutputFormat format) => Print([diagnostics], format);

    /// <param name="sets">The diagnostics of each set, in the order the sets were named.</param>
    public static void Print(IReadOnlyList<IReadOnlyList<Diagnostic>> sets, OutputFormat format)
    {
        var diagnostics = sets.SelectMany(s => s).ToList();
        if (format == OutputFormat.Json)
        {
            var items = diagnostics.Select(d => new DiagnosticJson(
                d.Location?.Path, d.Location?.Line, d.Location?.Column, d.Severity == Severity.Error ? "error" : "warning", d.Id, d.Message));
            Console.Out.WriteLine(JsonSerializer.Serialize(items.ToList(), CliJsonContext.Output.ListDiagnosticJson));
            return;
        }
        foreach (var line in sets.SelectMany(WarningDigest.Lines))
            Console.Error.WriteLine(line);
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        if (diagnostics.Count > 0)
            Console.Error.WriteLine($"{errors} 个错误，{diagnostics.Count - errors} 个警告");
    }
}
