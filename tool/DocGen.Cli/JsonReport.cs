using System.Text.Json;
using DocGen.Diagnostics;
using DocGen.Diff;

namespace DocGen.Cli;

/// <summary>
/// Everything a command says with <c>--format json</c>, as the one JSON document on stdout: its diagnostics, and for
/// build and check what each set made, for diff the changes. Human lines go to stderr meanwhile.
/// </summary>
internal sealed record JsonReport(IReadOnlyList<DiagnosticJson> Diagnostics)
{
    public IReadOnlyList<SetJson>? Sets { get; init; }

    public SetChanges? Changes { get; init; }

    /// <summary>For diff, each document whose rendered text changed, with the unified diff of its Markdown.</summary>
    public IReadOnlyList<DocumentTextChange>? Documents { get; init; }

    public static JsonReport Of(IEnumerable<Diagnostic> diagnostics) => new(diagnostics.Select(DiagnosticJson.From).ToList());

    public void Print() => Console.Out.WriteLine(JsonSerializer.Serialize(this, CliJsonContext.Output.JsonReport));
}

/// <summary>What one set made: the documents check could make, or the files build wrote (each with its reason), skipped and removed.</summary>
internal sealed record SetJson(string Set)
{
    public string? Out { get; init; }

    public int? Documents { get; init; }

    public IReadOnlyList<WrittenJson>? Written { get; init; }

    public IReadOnlyList<string>? Skipped { get; init; }

    public IReadOnlyList<string>? Removed { get; init; }

    /// <summary>The PDF and PNG files --pdf/--preview wrote beside the documents.</summary>
    public IReadOnlyList<string>? Companions { get; init; }
}

/// <summary>A file written and why: new, data, templates, version, missing or forced.</summary>
internal sealed record WrittenJson(string File, string Reason);
