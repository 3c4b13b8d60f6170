using Explainer.Diagnostics;
using Explainer.Model;
using Explainer.SiteModel;

namespace Explainer.Validation;

/// <summary>
/// No tag and no party may be called <c>starting-with</c>: <c>tags/starting-with/</c> and <c>parties/starting-with/</c> hold
/// the pages of a long index by first letters (Pages/IndexPages.cs), which a tag's or party's own pages would mix with.
/// Refused on every site, not only on one long enough to split, so a page never has to move when the site grows.
/// </summary>
public static class IndexFolderRule
{
    public static IReadOnlyList<Diagnostic> Check(SiteContent content)
    {
        var reserved = SitePaths.StartingWithFolder;
        var tags = content.Entries.SelectMany(e => e.Tags).Where(t => t.Id == reserved)
            .Select(t => Diagnostic.Error(DiagnosticCodes.ReservedPageSlug, t.Location,
                $"the tag '{reserved}' would share tags/{reserved}/ with the tags index's pages by first letters",
                "use another word for this tag"));
        var parties = content.Parties.Where(p => p.Id == reserved)
            .Select(p => Diagnostic.Error(DiagnosticCodes.ReservedPageSlug, p.Location,
                $"the party id '{reserved}' would share parties/{reserved}/ with the parties index's pages by first letters",
                $"rename the file to another id, e.g. {reserved}-{p.Kind.ToString().ToLowerInvariant()}.md"));
        return [.. tags, .. parties];
    }
}
