using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace Explainer.History;

/// <summary>
/// Reads <see cref="RepositoryHistory"/> with one <c>git log --name-only</c> over the input folder (plus one <c>rev-parse</c>
/// to find the folder's place in the repository), never one git process per file: a 10,000-entry site costs one pass.
/// Any failure (no git, not a checkout) gives <see cref="RepositoryHistory.None"/>: history is an extra, never a build error.
/// </summary>
public static class GitHistoryReader
{
    // A line that starts a commit in the log below; file names never start with this control character.
    private const char CommitMarker = '\u0001';

    public static RepositoryHistory Read(string inputFolder)
    {
        if (!Directory.Exists(inputFolder)) return RepositoryHistory.None;
        var revParse = Run(inputFolder, ["rev-parse", "--show-prefix", "--is-shallow-repository"], null);
        if (revParse is null) return RepositoryHistory.None;
        var lines = revParse.Split('\n');
        if (lines.Length < 2) return RepositoryHistory.None;
        var prefix = lines[0].Trim();
        var shallow = lines[1].Trim() == "true";

        var files = new Dictionary<string, (long First, long Last)>(StringComparer.Ordinal);
        long commitTime = 0;
        var ok = Run(inputFolder,
            ["-c", "core.quotePath=false", "log", "--no-merges", "--name-only", $"--format={CommitMarker}%ct", "--relative", "--", "."],
            line =>
            {
                if (line.Length == 0) return;
                if (line[0] == CommitMarker)
                {
                    commitTime = long.Parse(line.AsSpan(1), CultureInfo.InvariantCulture);
                    return;
                }
                files[line] = files.TryGetValue(line, out var known)
                    ? (Math.Min(known.First, commitTime), Math.Max(known.Last, commitTime))
                    : (commitTime, commitTime);
            });
        if (ok is null) return RepositoryHistory.None;

        var history = files.ToDictionary(f => f.Key, f => new FileHistory(Day(f.Value.First), Day(f.Value.Last)), StringComparer.Ordinal);
        return new RepositoryHistory(history, prefix, shallow);
    }

    private static DateOnly Day(long unixSeconds) => DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(unixSeconds).UtcDateTime);

    /// <summary>Runs git in <paramref name="folder"/>; returns its output (or "" when streamed to <paramref name="onLine"/>), or null if it failed.</summary>
    private static string? Run(string folder, IReadOnlyList<string> arguments, Action<string>? onLine)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // Dates must not depend on the reader's locale or a pager.
        start.Environment["GIT_PAGER"] = "cat";
        start.Environment["LC_ALL"] = "C";
        try
        {
            using var process = Process.Start(start);
            if (process is null) return null;
            var errors = process.StandardError.ReadToEndAsync();
            var output = new System.Text.StringBuilder();
            while (process.StandardOutput.ReadLine() is { } line)
            {
                if (onLine is null) output.Append(line).Append('\n');
                else onLine(line);
            }
            process.WaitForExit();
            _ = errors.Result;
            return process.ExitCode == 0 ? output.ToString() : null;
        }
        catch (Win32Exception)
        {
            return null; // git is not installed
        }
    }
}
