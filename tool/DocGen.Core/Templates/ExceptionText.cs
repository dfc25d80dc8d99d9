namespace DocGen.Templates;

/// <summary>
/// A .NET or Handlebars.Net exception message made fit to quote inside a Chinese sentence that ends in 。: its first
/// line only (the parser appends “Occured at: 0:8” on lines of its own) and without its closing full stop.
/// </summary>
internal static class ExceptionText
{
    public static string Of(Exception e) => e.Message.Split('\n')[0].Trim().TrimEnd('.', '。');
}
