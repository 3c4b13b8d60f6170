using Explainer.Diagnostics;
using Explainer.Output;

namespace Explainer.Validation;

/// <summary>
/// A warning when the built site nears GitHub Pages' limit ("Published GitHub Pages sites may be no larger than 1 GB", its
/// documentation says; deploy-pages warns that a larger deployment "might fail"). A 30,000-entry site is ~970 MB of files
/// (entry pages ~510 MB, data downloads ~180 MB), so a site that grows for years reaches it; the warning comes at 80%, while
/// there is time to act, and names the largest folders.
/// </summary>
public static class SiteSizeRule
{
    public const long PagesLimit = 1_000_000_000;
    public const long WarnFrom = PagesLimit / 10 * 8;

    /// <param name="settings">Where the warning points: site.yml, as the size is the whole site's.</param>
    public static IReadOnlyList<Diagnostic> Check(IReadOnlyList<SiteFile> files, string settings)
    {
        var total = files.Sum(f => f.Length);
        if (total < WarnFrom) return [];
        var largest = files.GroupBy(f => f.Path.IndexOf('/') is var slash and > 0 ? f.Path[..(slash + 1)] : f.Path, StringComparer.Ordinal)
            .Select(g => (Part: g.Key, Bytes: g.Sum(f => f.Length)))
            .OrderByDescending(p => p.Bytes).ThenBy(p => p.Part, StringComparer.Ordinal).Take(3)
            .Select(p => $"{p.Part} {Megabytes(p.Bytes)}");
        var over = total > PagesLimit;
        return [Diagnostic.Warning(DiagnosticCodes.HeavySite, new SourceLocation(settings, 1, 1),
            $"the built site is {Megabytes(total)} before the search index; GitHub Pages documents 1 GB as the most a published site may be" +
            (over ? ", so deploying this one may fail" : ", and this one is close to it"),
            $"the largest parts are {string.Join(", ", largest)}; host the output folder somewhere without this limit (it is plain files), or serve the largest part from elsewhere")];
    }

    private static string Megabytes(long bytes) => $"{bytes / 1_000_000.0:N0} MB";
}
