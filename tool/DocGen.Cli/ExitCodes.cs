namespace DocGen.Cli;

/// <summary>Fixed exit codes, listed in README.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int InputErrors = 1;

    /// <summary><c>diff --exit-code</c> found changes: 1, as <c>git diff --exit-code</c> says it.</summary>
    public const int Changed = 1;
    public const int Usage = 2;
    public const int OutputFailed = 3;
    public const int InternalError = 70;
}
