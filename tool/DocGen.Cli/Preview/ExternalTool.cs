using System.Diagnostics;

namespace DocGen.Cli.Preview;

/// <summary>A program found on PATH (LibreOffice, poppler), run with a time limit; the engine itself never starts processes.</summary>
internal sealed class ExternalTool(string path)
{
    public string Path { get; } = path;

    /// <param name="searchPath">Folders to look in, PATH when null.</param>
    public static ExternalTool? Find(string? searchPath, params string[] names) =>
        names.SelectMany(name => (searchPath ?? Environment.GetEnvironmentVariable("PATH") ?? "")
                .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Select(dir => System.IO.Path.Combine(dir, name)))
            .Where(File.Exists)
            .Select(p => new ExternalTool(p))
            .FirstOrDefault();

    /// <returns>Null on success, else what went wrong (exit code and the end of stderr).</returns>
    public string? Run(IEnumerable<string> args, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(Path) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            return $"{timeout.TotalMinutes:0} 分钟内未完成";
        }
        _ = output.Result;
        var message = error.Result.Trim();
        return process.ExitCode == 0 ? null : $"退出码 {process.ExitCode}：{(message.Length > 300 ? message[^300..] : message)}";
    }
}
