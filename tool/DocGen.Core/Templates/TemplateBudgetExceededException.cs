namespace DocGen.Templates;

/// <summary>Thrown by <see cref="BudgetMeter"/> from inside a render and caught by <see cref="TemplateEngine"/>, which reports it.</summary>
internal sealed class TemplateBudgetExceededException(bool timeRanOut) : Exception
{
    public bool TimeRanOut => timeRanOut;
}
