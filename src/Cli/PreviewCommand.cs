using System.CommandLine;
using System.Runtime.InteropServices;
using Explainer.Build;
using Explainer.Preview;

namespace Explainer.Cli;

/// <summary><c>preview</c>: builds, serves the site on 127.0.0.1 as GitHub Pages would, and rebuilds and reloads the browser on every save.</summary>
public static class PreviewCommand
{
    public static readonly Option<string> Input = new("--input") { Description = "Content folder to build and watch", DefaultValueFactory = _ => "input" };
    public static readonly Option<string> ThemeFolder = new("--theme") { Description = "Theme folder to build with and watch", DefaultValueFactory = _ => "theme" };
    public static readonly Option<string> Output = new("--output") { Description = "Where the site is written (changed files only) and served from", DefaultValueFactory = _ => "output" };
    public static readonly Option<string?> BasePath = new("--base-path") { Description = "URL path to serve under, e.g. /explainer/ (default: the path of site.yml's url)" };
    public static readonly Option<int> Port = new("--port") { Description = "Port on 127.0.0.1 (0 picks a free one)", DefaultValueFactory = _ => 5080 };
    public static readonly Option<string[]> Hosts = new("--host") { Description = "Also accept this Host name (e.g. a dev container's forwarded name); by default only localhost, 127.0.0.1 and [::1] are answered", AllowMultipleArgumentsPerToken = false };
    public static readonly Option<bool> NoSearch = new("--no-search") { Description = "Do not run Pagefind after rebuilds (the search page then finds nothing new)" };

    public static Command Create()
    {
        var command = new Command("preview", "Build, serve on 127.0.0.1 with live reload, and rebuild incrementally on every save (Ctrl+C stops).")
        {
            Input, ThemeFolder, Output, BasePath, Port, Hosts, NoSearch,
        };
        command.SetAction(result => Run(
            new BuildOptions(result.GetValue(Input)!, result.GetValue(ThemeFolder)!, result.GetValue(Output)!, result.GetValue(BasePath)),
            result.GetValue(Port), result.GetValue(NoSearch), result.GetValue(Hosts) ?? []));
        return command;
    }

    public static int Run(BuildOptions build, int port, bool noSearch, IReadOnlyList<string>? hosts = null)
    {
        var reporter = new ConsoleReporter();
        var usage = BuildCommand.UsageProblem(build) ?? BuildCommand.OutputProblem(build) ?? (port is < 0 or > 65535 ? $"--port must be between 0 and 65535, not {port}" : null);
        if (usage is not null)
        {
            reporter.Usage(usage);
            return ExitCodes.UsageError;
        }

        using var stop = new CancellationTokenSource();
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

        var search = noSearch ? null : SearchIndexing.AfterRebuild(reporter.Info, reporter.Warning);
        var options = new PreviewOptions(build, port, AfterRebuild: search, Hosts: hosts);
        var console = new PreviewConsole(reporter);
        var (session, problem) = PreviewSession.StartAsync(options, console.Print).GetAwaiter().GetResult();
        if (session is null)
        {
            reporter.Usage(problem!);
            return ExitCodes.UsageError;
        }

        reporter.Success($"Serving {session.Address} (watching {build.InputFolder}/ and {build.ThemeFolder}/; Ctrl+C stops).");
        stop.Token.WaitHandle.WaitOne();
        session.DisposeAsync().AsTask().GetAwaiter().GetResult();
        reporter.Info("Preview stopped.");
        return ExitCodes.Success;

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }
    }
}
