using System.Text.RegularExpressions;
using Explainer.Content;
using Explainer.Diagnostics;

namespace Explainer.Validation;

/// <summary>
/// In YAML, ' #' starts a comment even in the middle of an unquoted value, so <c>event: Alibaba bans Claude Code #AI news</c>
/// publishes "Alibaba bans Claude Code". A free-text field whose value is followed by ' #' after a single space (an aligned
/// comment has two or more) gets a warning that says to quote the value.
/// </summary>
public static partial class ValueCutByCommentRule
{
    /// <summary>Fields whose values are prose; ids, dates and URLs never contain ' #', so a comment after them is meant.</summary>
    private static readonly HashSet<string> TextFields = new(StringComparer.Ordinal)
        { "event", "summary", "title", "publisher", "question", "answer", "name" };

    public static IReadOnlyList<Diagnostic> Check(IEnumerable<InputFile> files)
    {
        var diagnostics = new List<Diagnostic>();
        foreach (var file in files)
        {
            if (!file.Text.Contains(" #", StringComparison.Ordinal)) continue;
            var (frontMatter, _) = FrontMatterSplitter.Split(file);
            if (frontMatter is null) continue;
            var lines = frontMatter.Yaml.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var match = CutValue().Match(lines[i]);
                if (!match.Success || !TextFields.Contains(match.Groups["key"].Value)) continue;
                var key = match.Groups["key"].Value;
                var value = match.Groups["value"].Value;
                var comment = match.Groups["comment"].Value.TrimEnd();
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ValueCutByComment,
                    new SourceLocation(file.DisplayPath, frontMatter.YamlFirstLine + i, match.Groups["comment"].Index + 1),
                    $"'{key}' stops before ' {comment}': YAML reads ' #' as the start of a comment, so the published value is '{value}'",
                    // Quoted as YAML quotes (a '"' or '\' inside needs its backslash), so the line it gives can be pasted as it is.
                    $"if '{comment}' belongs to the value, put the whole value in double quotes: {key}: {Scaffolding.YamlText.Quoted($"{value} {comment}")}"));
            }
        }
        return diagnostics;
    }

    // key: plain value(one space)#comment — a value that starts with a quote, [, { or a block indicator is not plain.
    [GeneratedRegex("""^\s*(?:-\s+)?(?<key>[A-Za-z_][A-Za-z0-9_-]*):[ \t]+(?<value>[^\s"'\[{|>#].*?\S) (?<comment>#.*)$""")]
    private static partial Regex CutValue();
}
