using Explainer.Diagnostics;
using Explainer.Markdown;

namespace Explainer.Validation;

/// <summary>Checks that every root-relative link written in Markdown points to a page or file the build produces.</summary>
public static class InternalLinkValidator
{
    public static IReadOnlyList<Diagnostic> Validate(IEnumerable<InternalLink> links, IReadOnlySet<string> outputPaths)
    {
        // Looked up by span: a site's links (20,000 at 10,000 entries) are checked on every preview save, and cutting and
        // joining strings for each was most of the check's time.
        var paths = outputPaths as HashSet<string> is { Comparer: var comparer } set && ReferenceEquals(comparer, StringComparer.Ordinal)
            ? set : new HashSet<string>(outputPaths, StringComparer.Ordinal);
        var lookup = paths.GetAlternateLookup<ReadOnlySpan<char>>();
        var diagnostics = new List<Diagnostic>();
        Span<char> joined = stackalloc char[256];
        foreach (var link in links)
        {
            var target = link.Target.AsSpan();
            var end = target.IndexOfAny('#', '?');
            var path = (end < 0 ? target : target[..end]).TrimStart('/');
            if (path.Length == 0 || Exists(lookup, path, joined)) continue;

            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.BrokenInternalLink, link.Location,
                $"the link '{link.Target}' points to a page that does not exist", WithoutBasePath(lookup, path, joined) ?? Hint(path.ToString())));
        }
        return diagnostics;
    }

    private static bool Exists(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup, ReadOnlySpan<char> path, Span<char> joined) =>
        lookup.Contains(path) || Contains(lookup, path.TrimEnd('/'), "/index.html", joined)
        || (path.EndsWith('/') && Contains(lookup, path, "index.html", joined));

    /// <summary>
    /// The link to write when the broken one starts with a base path (<c>/explainer/entries/x/</c>, copied from the address
    /// bar): the same link without its first folders leads to a page, and the build adds the base path itself.
    /// </summary>
    private static string? WithoutBasePath(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup, ReadOnlySpan<char> path, Span<char> joined)
    {
        var rest = path;
        for (var dropped = 1; dropped <= 2; dropped++)
        {
            var slash = rest.IndexOf('/');
            if (slash < 0) return null;
            rest = rest[(slash + 1)..];
            if (rest.Length > 0 && Exists(lookup, rest, joined))
                return $"write it from the site root, without '/{path[..(path.Length - rest.Length)]}': /{rest} (the build adds the site's base path to every link itself)";
        }
        return null;
    }

    /// <summary>Whether the set holds <paramref name="path"/> followed by <paramref name="suffix"/>, joined in <paramref name="buffer"/> when they fit.</summary>
    private static bool Contains(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup, ReadOnlySpan<char> path, string suffix, Span<char> buffer)
    {
        if (path.Length + suffix.Length > buffer.Length) return lookup.Contains(string.Concat(path, suffix));
        path.CopyTo(buffer);
        suffix.CopyTo(buffer[path.Length..]);
        return lookup.Contains(buffer[..(path.Length + suffix.Length)]);
    }

    private static string Hint(string path) => path switch
    {
        _ when path.EndsWith(".md", StringComparison.Ordinal) =>
            "link to the page, not the file: /entries/<slug>/ or /parties/<id>/",
        _ when path.StartsWith("entries/", StringComparison.Ordinal) => "check the entry's slug (its file name): /entries/<slug>/",
        _ when path.StartsWith("parties/", StringComparison.Ordinal) => "check the party id (its file name in input/parties/): /parties/<id>/",
        _ when Path.HasExtension(path) => "a file of the site is one in input/static/, linked without 'static': input/static/img/a.png is /img/a.png",
        _ => "site pages are /timeline/, /faq/, /parties/<id>/, /entries/<slug>/ and /tags/<tag>/",
    };
}
