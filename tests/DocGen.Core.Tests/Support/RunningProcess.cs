using System.Diagnostics;
using System.Text;

namespace DocGen.Tests.Support;

/// <summary>A program started in the background, for tests that interrupt it (kill -9, SIGTERM) or run two at once.</summary>
public sealed class RunningProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private RunningProcess(Process process) => _process = process;

    public static RunningProcess Start(string program, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        // A fixed working folder: the test process's own may be a temporary one that CliRunner set and is about to delete.
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;
        var running = new RunningProcess(new Process { StartInfo = start });
        running._process.OutputDataReceived += running.Collect;
        running._process.ErrorDataReceived += running.Collect;
        running._process.Start();
        running._process.BeginOutputReadLine();
        running._process.BeginErrorReadLine();
        return running;
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <returns>The exit code and everything printed on stdout and stderr.</returns>
    public (int ExitCode, string Printed) Wait(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            _process.Kill(entireProcessTree: true);
            Assert.Fail($"{_process.StartInfo.FileName} did not finish within {timeout}");
        }
        _process.WaitForExit();
        lock (_output)
            return (_process.ExitCode, _output.ToString());
    }

    /// <summary>SIGKILL: the process gets no chance to tidy up.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    /// <summary>SIGTERM, as a service manager or <c>kill</c> sends it.</summary>
    public void Terminate() => ChildProcess.Run("kill", ["-TERM", Id.ToString(System.Globalization.CultureInfo.InvariantCulture)], TimeSpan.FromSeconds(10));

    public void Dispose()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }

    private void Collect(object sender, DataReceivedEventArgs line)
    {
        lock (_output)
            _output.AppendLine(line.Data);
    }
}
