using System.Diagnostics;
using System.Text;

namespace Explainer.Search;

/// <summary>Runs an external program (npm, Pagefind) to completion: arguments and working folder in, exit code and combined output out.</summary>
public static class ProcessRunner
{
    public sealed record Outcome(int ExitCode, string Output, bool TimedOut)
    {
        public bool Succeeded => ExitCode == 0 && !TimedOut;

        /// <summary>The last lines of the output, enough to explain a failure without flooding the console.</summary>
        public string Tail(int lines = 12) => string.Join('\n', Output.TrimEnd().Split('\n').TakeLast(lines));
    }

    /// <param name="background">Run at the lowest CPU priority, so the program yields to work someone is waiting for (preview's rebuilds).</param>
    /// <param name="cancellation">Kills the program (and its children) when cancelled; the outcome then reads as timed out.</param>
    public static Outcome Run(string program, IEnumerable<string> arguments, string workingFolder, TimeSpan timeout, bool background = false,
        CancellationToken cancellation = default)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.Append(e.Data).Append('\n'); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.Append(e.Data).Append('\n'); };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return new Outcome(-1, $"could not start {program}: {e.Message}", TimedOut: false);
        }
        if (background) LowerPriority(process);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var stop = cancellation.Register(() => Kill(process));
        if (!process.WaitForExit(timeout) || cancellation.IsCancellationRequested)
        {
            Kill(process);
            process.WaitForExit();
            return new Outcome(-1, output.ToString(), TimedOut: true);
        }
        process.WaitForExit(); // drains the asynchronous output readers
        return new Outcome(process.ExitCode, output.ToString(), TimedOut: false);
    }

    private static void LowerPriority(Process process)
    {
        try
        {
            process.PriorityClass = ProcessPriorityClass.Idle; // nice 19 on Linux
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            // It may already have exited, or the platform may refuse; running at normal priority is still correct.
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It had already exited.
        }
    }

    /// <summary>The full path of a program on PATH, or null.</summary>
    public static string? FindOnPath(string program)
    {
        var names = OperatingSystem.IsWindows() ? new[] { program + ".cmd", program + ".exe", program } : [program];
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            foreach (var name in names)
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate)) return candidate;
            }
        return null;
    }
}
