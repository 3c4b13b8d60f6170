using System.CommandLine;

namespace Explainer.Cli;

/// <summary>
/// The command tree and the one top-level handler: parse errors exit 2, and any exception that escapes a command is a bug in
/// Explainer (bad input is reported as diagnostics), printed as "internal error, please report" and exiting 3.
/// </summary>
public static class CommandLine
{
    /// <summary>Global: print the stack trace of an internal error (and any other detail a command offers).</summary>
    public static readonly Option<bool> Verbose = new("--verbose") { Description = "Print details such as the stack trace of an internal error", Recursive = true };

    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("Explainer: builds a sourced, searchable explainer site from Markdown entries. With no command it runs 'build' with the defaults (input/ + theme/ → output/).")
        {
            BuildCommand.Create(),
            CheckCommand.Create(),
            NewCommand.Create(),
            PreviewCommand.Create(),
            ServeCommand.Create(),
            DiffCommand.Create(),
            BenchmarkCommand.Create(),
        };
        root.Options.Add(Verbose);
        root.SetAction(result => BuildCommand.Run(new Build.BuildOptions(), result.GetValue(Verbose), BuildCommand.DefaultCacheFolder));
        return root;
    }

    public static int Run(string[] args) => Run(CreateRoot(), args, Console.Error);

    /// <param name="error">Where the internal-error report goes (standard error; tests pass a writer).</param>
    public static int Run(RootCommand root, string[] args, TextWriter error)
    {
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            var reporter = new ConsoleReporter();
            foreach (var problem in parsed.Errors) reporter.Usage(problem.Message);
            reporter.Info("Run with --help to see the commands and options.");
            return ExitCodes.UsageError;
        }

        // System.CommandLine's own handler would print the exception and exit 1, which reads like a content error.
        var configuration = new InvocationConfiguration { EnableDefaultExceptionHandler = false };
        try
        {
            return parsed.Invoke(configuration);
        }
        catch (Exception e)
        {
            ReportInternalError(e, parsed.GetValue(Verbose), error);
            return ExitCodes.InternalError;
        }
    }

    public static void ReportInternalError(Exception e, bool verbose, TextWriter error)
    {
        error.WriteLine($"internal error, please report it at https://github.com/explainer-project/explainer/issues with the command you ran: {e.GetType().Name}: {e.Message}");
        error.WriteLine(verbose ? e.ToString() : "Run again with --verbose to see the stack trace.");
        error.Flush();
    }
}
