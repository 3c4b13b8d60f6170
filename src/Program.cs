using Explainer.Cli;

// Command line → options → build → exit code. `dotnet run` with no arguments builds with the defaults.
return CommandLine.Run(args);
