using System.Diagnostics;

namespace Explainer.Tests.Support;

/// <summary>Runs the real explainer executable (the build the tests reference) as its own process, as `dotnet run` would.</summary>
public static class ExplainerProcess
{
    private static string Assembly => typeof(Explainer.Cli.BuildCommand).Assembly.Location;

    public static Process Start(string workingFolder, params string[] arguments) => Start(workingFolder, new Dictionary<string, string>(), arguments);

    /// <summary>The same, with <paramref name="environment"/>'s variables set for the process.</summary>
    public static Process Start(string workingFolder, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingFolder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Assembly);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in environment) start.Environment[name] = value;
        return Process.Start(start)!;
    }

    /// <summary>Runs to the end; returns the exit code and everything it printed.</summary>
    public static (int ExitCode, string Output) Run(string workingFolder, params string[] arguments) =>
        Run(workingFolder, new Dictionary<string, string>(), arguments);

    /// <summary>The same, with <paramref name="environment"/>'s variables set for the process.</summary>
    public static (int ExitCode, string Output) Run(string workingFolder, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        using var process = Start(workingFolder, environment, arguments);
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2))) process.Kill();
        return (process.ExitCode, output.Result + errors.Result);
    }
}
