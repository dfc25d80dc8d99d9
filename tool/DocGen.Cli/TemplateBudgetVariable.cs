using System.Globalization;
using DocGen.Templates;

namespace DocGen.Cli;

/// <summary>
/// <c>DOCGEN_TEMPLATE_BUDGET=seconds,bytes</c> lowers the template budget so a test reaches it in a moment instead of
/// ten seconds. Meant for tests, not users: anything it cannot read leaves <see cref="TemplateBudget.Default"/>.
/// </summary>
internal static class TemplateBudgetVariable
{
    public const string Name = "DOCGEN_TEMPLATE_BUDGET";

    public static TemplateBudget? Read() =>
        Environment.GetEnvironmentVariable(Name)?.Split(',') is [var seconds, var bytes]
        && double.TryParse(seconds, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s > 0
        && long.TryParse(bytes, NumberStyles.Integer, CultureInfo.InvariantCulture, out var b) && b > 0
            ? new TemplateBudget(TimeSpan.FromSeconds(s), b)
            : null;
}
