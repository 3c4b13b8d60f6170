using Explainer.Diagnostics;
using Explainer.Markdown;

namespace Explainer.Validation;

/// <summary>Checks that every root-relative link written in Markdown points to a page or file the build produces.</summary>
public static class InternalLinkValidator
{
    public static IReadOnlyList<Diagnostic> Validate(IEnumerable<InternalLink> links, IReadOnlySet<string> outputPaths)
    {
        var diagnostics = new List<Diagnostic>();
        foreach (var link in links)
        {
            var path = link.Target.Split('#', '?')[0].TrimStart('/');
            if (path.Length == 0 || outputPaths.Contains(path) || outputPaths.Contains(path.TrimEnd('/') + "/index.html")
                || (path.EndsWith('/') && outputPaths.Contains(path + "index.html")))
                continue;

            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.BrokenInternalLink, link.Location,
                $"the link '{link.Target}' points to a page that does not exist", Hint(path)));
        }
        return diagnostics;
    }

    private static string Hint(string path) => path switch
    {
        _ when path.EndsWith(".md", StringComparison.Ordinal) =>
            "link to the page, not the file: /entries/<slug>/ or /parties/<id>/",
        _ when path.StartsWith("entries/", StringComparison.Ordinal) => "check the entry's slug (its file name): /entries/<slug>/",
        _ when path.StartsWith("parties/", StringComparison.Ordinal) => "check the party id (its file name in input/parties/): /parties/<id>/",
        _ => "site pages are /timeline/, /faq/, /parties/<id>/, /entries/<slug>/ and /tags/<tag>/",
    };
}
