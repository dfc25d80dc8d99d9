namespace DocGen.Tests.Support;

/// <summary>
/// Makes a file that the system refuses to delete, for as long as it is not disposed: immutable (chattr +i) when the
/// tests run as root, who may delete anything else; otherwise by making its folder read-only.
/// </summary>
public sealed class Undeletable : IDisposable
{
    private readonly Action _undo;

    private Undeletable(Action undo) => _undo = undo;

    /// <returns>Null when neither way works on this machine.</returns>
    public static Undeletable? Make(string folder, string file)
    {
        if (OperatingSystem.IsWindows())
            return null;
        if (ChildProcess.Find("chattr") is { } chattr && ChildProcess.Run(chattr, ["+i", file], TimeSpan.FromSeconds(10)).ExitCode == 0)
            return new Undeletable(() => ChildProcess.Run(chattr, ["-i", file], TimeSpan.FromSeconds(10)));
        var mode = File.GetUnixFileMode(folder);
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        var probe = Path.Combine(folder, ".probe");
        try
        {
            File.WriteAllText(probe, "");
            File.Delete(probe);
            File.SetUnixFileMode(folder, mode);
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return new Undeletable(() => Restore(folder, mode));
        }
    }

    public void Dispose() => _undo();

    private static void Restore(string folder, UnixFileMode mode)
    {
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(folder, mode);
    }
}
