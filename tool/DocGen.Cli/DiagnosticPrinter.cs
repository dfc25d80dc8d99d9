using System.Text.Json;
using DocGen.Diagnostics;

namespace DocGen.Cli;

/// <summary>Prints diagnostics in the compiler format on stderr with a summary line, or as a JSON array on stdout.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, OutputFormat format)
    {
        if (format == OutputFormat.Json)
        {
            var items = diagnostics.Select(d => new DiagnosticJson(
                d.Location?.Path, d.Location?.Line, d.Location?.Column, d.Severity == Severity.Error ? "error" : "warning", d.Id, d.Message));
            Console.Out.WriteLine(JsonSerializer.Serialize(items.ToList(), CliJsonContext.Output.ListDiagnosticJson));
            return;
        }
        foreach (var diagnostic in diagnostics)
            Console.Error.WriteLine(diagnostic.ToString());
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        if (diagnostics.Count > 0)
            Console.Error.WriteLine($"{errors} 个错误，{diagnostics.Count - errors} 个警告");
    }
}
