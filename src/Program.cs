using System.CommandLine;
using Explainer.Cli;

// Command line → options → build → exit code. `dotnet run` with no arguments builds with the defaults.
var root = new RootCommand("Explainer: builds a sourced, searchable explainer site from Markdown entries.")
{
    BuildCommand.Create(),
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
return parsed.Invoke();
