using DocGen.Diagnostics;

namespace DocGen.Import;

/// <summary>
/// Reports duplicate and skipped heading numbers (two 三、, or 2. after 4.). A number may restart at 1 under a new
/// parent or continue from the last one of its level anywhere, as plans number their items 1–38 across categories.
/// </summary>
internal sealed class HeadingNumberTracker(DiagnosticBag diagnostics)
{
    private const int Levels = 5;
    private readonly int[] _inParent = new int[Levels + 1];
    private readonly int[] _anywhere = new int[Levels + 1];

    public void See(Heading heading, SourceLocation at)
    {
        var level = heading.Level;
        var n = heading.Number;
        if (heading.Unbalanced)
            diagnostics.Warning(DiagnosticIds.ImportBracketUnbalanced, at, $"标题序号“{heading.Label}”的括号不成对，已按“（{heading.Label.TrimEnd('）', ')')}）”读取；请补齐括号。");
        if (n != 1 && n != _inParent[level] + 1 && n != _anywhere[level] + 1)
        {
            if (n <= _inParent[level])
                diagnostics.Warning(DiagnosticIds.ImportHeadingNumberDuplicate, at, $"标题序号“{heading.Label}”与前面的序号重复（上一个是第{_inParent[level]}个）；请核对编号。");
            else
                diagnostics.Warning(DiagnosticIds.ImportHeadingNumberSkipped, at, $"标题序号“{heading.Label}”跳过了前面的序号（上一个是第{Math.Max(_inParent[level], _anywhere[level])}个）；请核对编号。");
        }
        _inParent[level] = n;
        _anywhere[level] = n;
        for (var deeper = level + 1; deeper <= Levels; deeper++)
            _inParent[deeper] = 0;
    }
}
