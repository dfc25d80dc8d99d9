namespace DocGen.Import;

/// <summary>
/// A phase's span as phases.csv writes it: start and end in the month or day form they were given
/// (<c>2023年2月</c>, <c>2024年5月10日</c>). <see cref="OpenStart"/> is set when the source gave only an end
/// (<c>2023年1月底前</c>) and the start was taken as the first of that month.
/// </summary>
internal sealed record PhaseSpan(string Start, string End, bool OpenStart);
