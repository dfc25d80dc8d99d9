using System.Diagnostics;

namespace DocGen.Templates;

/// <summary>
/// Spends one render's <see cref="TemplateBudget"/>: counts the bytes written and reads the clock every so often (a
/// read costs about 20 ns, more than the step it measures). Throwing is the only way to stop Handlebars.Net mid-render.
/// </summary>
internal sealed class BudgetMeter(TemplateBudget budget)
{
    private const int StepsPerClockRead = 1024;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _bytes;
    private int _steps;

    public TemplateBudget Budget => budget;

    public void Wrote(int bytes)
    {
        _bytes += bytes;
        if (_bytes > budget.Bytes)
            throw new TemplateBudgetExceededException(timeRanOut: false);
        Step();
    }

    /// <summary>One step of work that may write nothing, such as reading a value inside a loop.</summary>
    public void Step()
    {
        if (++_steps % StepsPerClockRead == 0 && _clock.Elapsed > budget.Time)
            throw new TemplateBudgetExceededException(timeRanOut: true);
    }
}
