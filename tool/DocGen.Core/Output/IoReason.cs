namespace DocGen.Output;

/// <summary>The system's reason for a failed file operation, ready to end a Chinese sentence (no trailing period).</summary>
internal static class IoReason
{
    public static string Of(Exception e) => e.Message.Trim().TrimEnd('.', '。');
}
