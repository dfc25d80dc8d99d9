using System.Text.Encodings.Web;
using System.Text.Json;
using DocGen.Diagnostics;

namespace DocGen.Cli;

/// <summary>Prints diagnostics in the compiler format on stderr with a summary line, or as a JSON array on stdout.</summary>
internal static class DiagnosticPrinter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        // Chinese messages stay readable in the JSON rather than \u-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Print(IReadOnlyList<Diagnostic> diagnostics, OutputFormat format)
    {
        if (format == OutputFormat.Json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(diagnostics.Select(d => new
            {
                file = d.Location?.Path,
                line = d.Location?.Line,
                column = d.Location?.Column,
                severity = d.Severity == Severity.Error ? "error" : "warning",
                id = d.Id,
                message = d.Message,
            }), Json));
            return;
        }
        foreach (var diagnostic in diagnostics)
            Console.Error.WriteLine(diagnostic.ToString());
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        if (diagnostics.Count > 0)
            Console.Error.WriteLine($"{errors} 个错误，{diagnostics.Count - errors} 个警告");
    }
}
