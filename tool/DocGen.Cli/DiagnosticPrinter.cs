using DocGen.Diagnostics;

namespace DocGen.Cli;

/// <summary>Prints diagnostics in the compiler format on stderr, then one summary line.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, TextWriter error)
    {
        foreach (var diagnostic in diagnostics)
            error.WriteLine(diagnostic.ToString());
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count - errors;
        if (diagnostics.Count > 0)
            error.WriteLine($"{errors} 个错误，{warnings} 个警告");
    }
}
