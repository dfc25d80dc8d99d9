using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocGen.Docx;

/// <summary>Makes runs of literal text; characters XML cannot carry are dropped, never written.</summary>
internal static class TextRuns
{
    public static Run Plain(string text, string? characterStyle = null)
    {
        var run = new Run();
        if (characterStyle is not null)
            run.Append(new RunProperties(new RunStyle { Val = characterStyle }));
        run.Append(new Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    public static string Clean(string text) =>
        text.Any(IsInvalid) ? new string(text.Where(c => !IsInvalid(c)).ToArray()) : text;

    private static bool IsInvalid(char c) => (c < 0x20 && c != '\t') || c is '\uFFFE' or '\uFFFF';
}
