using Explainer.Diagnostics;
using Explainer.Model;

namespace Explainer.Links;

/// <summary>An absolute http(s) address content points to (a source, its archive copy, a party's website), and where it is written.</summary>
public sealed record ExternalLink(string Url, SourceLocation Location, string What)
{
    /// <summary>Every external address in the content, in content order.</summary>
    public static IReadOnlyList<ExternalLink> Collect(SiteContent content)
    {
        var links = new List<ExternalLink>();
        foreach (var source in content.Entries.SelectMany(e => e.Sources))
        {
            if (source.Url is not null) links.Add(new(source.Url, source.Location, $"the source '{source.Title}'"));
            if (source.Archived is not null) links.Add(new(source.Archived, source.Location, $"the archive copy of '{source.Title}'"));
        }
        foreach (var party in content.Parties.Where(p => p.Website is not null))
            links.Add(new(party.Website!, party.Location, $"the website of '{party.Name}'"));
        return links;
    }
}
