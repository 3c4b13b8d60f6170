using Explainer.Diagnostics;
using Explainer.Preview;

namespace Explainer.Cli;

/// <summary>
/// Prints preview's reports: one line per rebuild, diagnostics as <c>build</c> prints them, and problems that do not stop it.
/// Errors are printed with every rebuild; a warning is printed once, and after that only counted while it stays the same: a
/// large site can have thousands, and reprinting them on every save buried the one line that says what the save did.
/// </summary>
public sealed class PreviewConsole(ConsoleReporter reporter)
{
    private IReadOnlySet<Diagnostic> _printed = new HashSet<Diagnostic>();

    public void Print(PreviewReport report)
    {
        switch (report)
        {
            case PreviewReport.Rebuilt r:
                PrintDiagnostics(r.Rebuild.Result.Diagnostics);
                var s = r.Rebuild.Result.Statistics;
                reporter.Success($"{Trigger(r.Trigger)}built {s.Pages} pages ({s.Entries} entries) in {r.Rebuild.Elapsed.TotalMilliseconds:F0} ms: " +
                    $"{r.Rebuild.PagesRendered} rendered, {r.FilesWritten} files written{(r.OpenTabs > 0 ? $", {r.OpenTabs} tab(s) reloaded" : "")}.");
                break;
            case PreviewReport.Failed f:
                PrintDiagnostics(f.Rebuild.Result.Diagnostics);
                var errors = f.Rebuild.Result.Diagnostics.Count(d => d.IsError);
                reporter.Failure($"{Trigger(f.Trigger)}build failed with {errors} error{(errors == 1 ? "" : "s")}; the browser shows them until the next good save.");
                break;
            case PreviewReport.Crashed c:
                reporter.Failure($"preview could not finish the rebuild (it keeps watching): {c.Error}");
                break;
            case PreviewReport.ListenerFailed l:
                reporter.Warning($"the after-rebuild step (search index) failed; pages are up to date: {l.Error.Message}");
                break;
            case PreviewReport.WaitingForOutput w:
                reporter.Info($"the output folder is being written by {w.Holder}; this rebuild waits for it to finish.");
                break;
            case PreviewReport.OutputReplaced o:
                reporter.Warning($"{o.Folder}/ was deleted or replaced by something else since the last save; preview writes the whole site again.");
                break;
            case PreviewReport.BasePathChanged b:
                reporter.Warning($"site.yml's url now gives the base path {b.Built}, but preview serves {b.Serving}; restart preview to follow it.");
                break;
        }
    }

    private void PrintDiagnostics(IReadOnlyList<Diagnostic> diagnostics)
    {
        var (print, repeated) = ToPrint(_printed, diagnostics);
        reporter.Report(print);
        if (repeated > 0) reporter.Info($"{repeated} warning{(repeated == 1 ? "" : "s")} as before, not repeated ('dotnet run -- check' lists every problem).");
        _printed = diagnostics.ToHashSet();
    }

    /// <summary>What a rebuild's console shows of its diagnostics: every error, and the warnings the last rebuild did not have;
    /// and how many warnings are left unprinted because they are unchanged.</summary>
    public static (IReadOnlyList<Diagnostic> Print, int Repeated) ToPrint(IReadOnlySet<Diagnostic> printedLastTime, IReadOnlyList<Diagnostic> diagnostics)
    {
        var print = diagnostics.Where(d => d.IsError || !printedLastTime.Contains(d)).ToList();
        return (print, diagnostics.Count - print.Count);
    }

    private static string Trigger(IReadOnlySet<string> paths) => paths.Count switch
    {
        0 => "",
        1 => $"{Content.PathDisplay.For(paths.First())} changed; ",
        _ => $"{paths.Count} files changed; ",
    };
}
