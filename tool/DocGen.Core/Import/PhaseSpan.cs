namespace DocGen.Import;

/// <summary>
/// A phase's span as phases.csv writes it: start and end in the month or day form they were given
/// (<c>2023年2月</c>, <c>2024年5月10日</c>), empty where the source leaves a bound open: <see cref="OpenStart"/> for
/// <c>2023年1月底前</c>, <see cref="OpenEnd"/> for <c>2023年4月初开始</c> (README 4.5, 起止不全的阶段).
/// </summary>
internal sealed record PhaseSpan(string Start, string End, bool OpenStart)
{
    public bool OpenEnd { get; init; }
}
