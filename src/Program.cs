using Explainer.Build;
using Explainer.Cli;

// 2 MB pages for the collector's heap first, before it grows (README, "Memory is time"); it never stops the program.
HeapPages.UseLargePages();
// The Liquid parser is made while the command line is read (one CPU is idle then); small builds used to wait for it.
Explainer.Rendering.TemplateRenderer.Prepare();
// Command line → options → build → exit code. `dotnet run` with no arguments builds with the defaults.
return CommandLine.Run(args);
