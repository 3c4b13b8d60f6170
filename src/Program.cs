using System.CommandLine;
using Explainer.Cli;

// Command line → options → build → exit code. `dotnet run` with no arguments builds with the defaults.
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
root.SetAction(_ => BuildCommand.Run(new Explainer.Build.BuildOptions()));

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    var reporter = new ConsoleReporter();
    foreach (var error in parsed.Errors) reporter.Usage(error.Message);
    reporter.Info("Run with --help to see the commands and options.");
    return ExitCodes.UsageError;
}
try
{
    return parsed.Invoke();
}
catch (Exception e) when (Environment.GetEnvironmentVariable("EXPLAINER_DEBUG") is null)
{
    // Bad input is reported as diagnostics; reaching here is a bug in Explainer, not in the content.
    new ConsoleReporter().Failure($"internal error: {e.GetType().Name}: {e.Message}");
    new ConsoleReporter().Info("This is a bug in Explainer. Please report it with the command you ran; set EXPLAINER_DEBUG=1 to see the stack trace.");
    return ExitCodes.ContentErrors;
}
