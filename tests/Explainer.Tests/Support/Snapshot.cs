using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Explainer.Tests.Support;

/// <summary>
/// Snapshot assertions with Verify's file convention: <c>Name.verified.ext</c> is committed, <c>Name.received.ext</c> is written
/// on mismatch (git-ignored), the failure shows a readable line diff, and ACCEPT_SNAPSHOTS=1 accepts what was received.
/// Verify.Xunit itself is not served by the package registry here; switching to it later is a rename of these calls.
/// </summary>
public static class Snapshot
{
    public static bool Accepting => Environment.GetEnvironmentVariable("ACCEPT_SNAPSHOTS") is "1" or "true";

    /// <summary>Compares a whole folder of outputs in both directions: a changed, missing or extra file fails.</summary>
    public static void MatchFolder(string verifiedFolder, IReadOnlyDictionary<string, string> received)
    {
        var expected = Directory.Exists(verifiedFolder)
            ? Directory.EnumerateFiles(verifiedFolder, "*.verified.*", SearchOption.AllDirectories)
                .ToDictionary(f => ReceivedName(Path.GetRelativePath(verifiedFolder, f).Replace('\\', '/')), f => f)
            : [];
        var failures = new List<string>();

        foreach (var (path, text) in received.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            var verifiedPath = Path.Combine(verifiedFolder, VerifiedName(path));
            var problem = Compare(verifiedPath, text);
            if (problem is not null) failures.Add(problem);
        }

        foreach (var (path, verifiedPath) in expected.Where(e => !received.ContainsKey(e.Key)))
        {
            if (Accepting) File.Delete(verifiedPath);
            else failures.Add($"{path}: the build no longer produces this file, but {verifiedPath} expects it (delete it, or run with ACCEPT_SNAPSHOTS=1)");
        }

        if (failures.Count > 0 && !Accepting) Assert.Fail(string.Join("\n\n", failures));
    }

    /// <summary>Compares one text with its verified file; returns a description of the difference, or null when equal.</summary>
    public static string? Compare(string verifiedPath, string received)
    {
        var receivedPath = verifiedPath.Replace(".verified.", ".received.");
        var expected = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath) : null;
        if (expected == received)
        {
            if (File.Exists(receivedPath)) File.Delete(receivedPath);
            return null;
        }

        if (Accepting)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(verifiedPath)!);
            File.WriteAllText(verifiedPath, received);
            if (File.Exists(receivedPath)) File.Delete(receivedPath);
            return null;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(receivedPath)!);
        File.WriteAllText(receivedPath, received);
        return expected is null
            ? $"{verifiedPath} does not exist yet; review {receivedPath} and accept it (ACCEPT_SNAPSHOTS=1 dotnet test …)"
            : $"{verifiedPath} differs from {receivedPath}:\n{Diff(expected, received)}";
    }

    /// <summary>Changed lines with two lines of context, in unified-diff style.</summary>
    public static string Diff(string expected, string received)
    {
        var diff = InlineDiffBuilder.Diff(expected, received, ignoreWhiteSpace: false);
        var lines = diff.Lines;
        var keep = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Type == ChangeType.Unchanged) continue;
            for (var j = Math.Max(0, i - 2); j <= Math.Min(lines.Count - 1, i + 2); j++) keep[j] = true;
        }

        var builder = new StringBuilder();
        var skipped = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!keep[i]) { skipped = true; continue; }
            if (skipped) builder.AppendLine("  …");
            skipped = false;
            var prefix = lines[i].Type switch { ChangeType.Inserted => "+ ", ChangeType.Deleted => "- ", _ => "  " };
            builder.Append(prefix).Append(lines[i].Position is { } p ? $"{p,4}: " : "      ").AppendLine(lines[i].Text);
        }
        return builder.ToString();
    }

    /// <summary>entries/x/index.html → entries/x/index.verified.html</summary>
    public static string VerifiedName(string path)
    {
        var extension = Path.GetExtension(path);
        return path[..^extension.Length] + ".verified" + extension;
    }

    private static string ReceivedName(string verifiedRelative) => verifiedRelative.Replace(".verified.", ".");
}
