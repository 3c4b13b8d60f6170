using System.CommandLine;
using System.Runtime.InteropServices;
using Explainer.Serving;
using Explainer.SiteModel;

namespace Explainer.Cli;

/// <summary>
/// <c>serve DIR</c>: serves an already built site (an unzipped pull-request preview, or output/) on 127.0.0.1 as GitHub Pages
/// would, without building or watching anything. Served under the base path its pages link with (<see cref="BuiltBasePath"/>): the
/// root for the preview artifact, <c>/explainer/</c> for a default <c>output/</c>.
/// </summary>
public static class ServeCommand
{
    private static readonly Argument<string> Folder = new("DIR") { Description = "The built site: an unzipped preview artifact, or output/", DefaultValueFactory = _ => "output" };
    private static readonly Option<string?> BasePath = new("--base-path") { Description = "URL path the site was built for [default: the one its index.html links with]" };
    private static readonly Option<int> Port = new("--port") { Description = "Port on 127.0.0.1 (0 picks a free one)", DefaultValueFactory = _ => 5090 };

    public static Command Create()
    {
        var command = new Command("serve", "Serve a built site folder (e.g. an unzipped pull-request preview) on 127.0.0.1 without rebuilding (Ctrl+C stops).")
        {
            Folder, BasePath, Port,
        };
        command.SetAction(result => Run(result.GetValue(Folder)!, result.GetValue(BasePath), result.GetValue(Port)));
        return command;
    }

    /// <summary>Why the folder cannot be served, or null. A null <paramref name="basePath"/> (none given) has nothing to check.</summary>
    public static string? UsageProblem(string folder, string? basePath, int port)
    {
        if (FolderOptions.SiteIsAFile(folder) is { } file) return file;
        if (!Directory.Exists(folder)) return $"the folder '{folder}' does not exist (unzip the preview artifact first, or run 'dotnet run' to build output/)";
        if (!File.Exists(Path.Combine(folder, "index.html")))
            return $"'{folder}' has no index.html, so it is not a built site (with a downloaded artifact, pass the folder the zip unpacked into)";
        if (basePath is not null && SiteUrls.BasePathProblem(basePath) is { } problem) return problem;
        if (port is < 0 or > 65535) return $"--port must be between 0 and 65535, not {port}";
        return null;
    }

    /// <param name="basePath">Null: the one the site was built for, else the root.</param>
    public static int Run(string folder, string? basePath, int port)
    {
        var reporter = new ConsoleReporter();
        var usage = UsageProblem(folder, basePath, port);
        if (usage is not null)
        {
            reporter.Usage(usage);
            return ExitCodes.UsageError;
        }

        basePath ??= BuiltBasePath.Of(folder) ?? "/";
        PagesServer server;
        try
        {
            server = PagesServer.StartAsync(folder, SiteUrls.NormaliseBasePath(basePath), port).GetAwaiter().GetResult();
        }
        catch (IOException e)
        {
            reporter.Usage($"cannot listen on port {port}: {e.Message} (pass another --port)");
            return ExitCodes.UsageError;
        }

        using var stop = new CancellationTokenSource();
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        reporter.Success($"Serving {Path.GetFullPath(folder)} at {server.Address} (Ctrl+C stops).");
        stop.Token.WaitHandle.WaitOne();
        server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        reporter.Info("Stopped.");
        return ExitCodes.Success;

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }
    }
}
