using Explainer.Preview;

namespace Explainer.Cli;

/// <summary>Prints preview's reports: one line per rebuild, diagnostics as <c>build</c> prints them, and problems that do not stop it.</summary>
public static class PreviewConsole
{
    public static void Print(ConsoleReporter reporter, PreviewReport report)
    {
        switch (report)
        {
            case PreviewReport.Rebuilt r:
                reporter.Report(r.Rebuild.Result.Diagnostics);
                var s = r.Rebuild.Result.Statistics;
                reporter.Success($"{Trigger(r.Trigger)}built {s.Pages} pages ({s.Entries} entries) in {r.Rebuild.Elapsed.TotalMilliseconds:F0} ms: " +
                    $"{r.Rebuild.PagesRendered} rendered, {r.FilesWritten} files written{(r.OpenTabs > 0 ? $", {r.OpenTabs} tab(s) reloaded" : "")}.");
                break;
            case PreviewReport.Failed f:
                reporter.Report(f.Rebuild.Result.Diagnostics);
                var errors = f.Rebuild.Result.Diagnostics.Count(d => d.IsError);
                reporter.Failure($"{Trigger(f.Trigger)}build failed with {errors} error{(errors == 1 ? "" : "s")}; the browser shows them until the next good save.");
                break;
            case PreviewReport.Crashed c:
                reporter.Failure($"preview could not finish the rebuild (it keeps watching): {c.Error}");
                break;
            case PreviewReport.ListenerFailed l:
                reporter.Warning($"the after-rebuild step (search index) failed; pages are up to date: {l.Error.Message}");
                break;
            case PreviewReport.BasePathChanged b:
                reporter.Warning($"site.yml's url now gives the base path {b.Built}, but preview serves {b.Serving}; restart preview to follow it.");
                break;
        }
    }

    private static string Trigger(IReadOnlySet<string> paths) => paths.Count switch
    {
        0 => "",
        1 => $"{Content.PathDisplay.For(paths.First())} changed; ",
        _ => $"{paths.Count} files changed; ",
    };
}
