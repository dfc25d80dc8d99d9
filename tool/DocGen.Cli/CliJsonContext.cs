using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DocGen.Cli;

/// <summary>
/// The JSON the CLI prints, serialised by generated code so a NativeAOT build (no reflection-based
/// serialisation) prints exactly what the JIT build does.
/// </summary>
[JsonSerializable(typeof(JsonReport))]
internal sealed partial class CliJsonContext : JsonSerializerContext
{
    /// <summary>Indented, camelCase, Chinese left readable rather than \u-escaped; a field that does not apply is left out.</summary>
    public static CliJsonContext Output { get; } = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    });
}
