using DocGen.Diagnostics;

namespace DocGen.Cli;

/// <summary>
/// Prints diagnostics in the compiler format on stderr with a summary line (a warning repeated more than five times
/// in a set is cut short by <see cref="WarningDigest"/>). With <c>--format json</c> the commands put them into their
/// <see cref="JsonReport"/> instead, so stdout holds one JSON document.
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
            JsonReport.Of(diagnostics).Print();
            return;
        }
        foreach (var line in sets.SelectMany(WarningDigest.Lines))
            Console.Error.WriteLine(line);
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        if (diagnostics.Count > 0)
            Console.Error.WriteLine($"{errors} 个错误，{diagnostics.Count - errors} 个警告");
    }
}
