using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.Model;

namespace Explainer.Links;

/// <summary>An absolute http(s) address content points to (a source, its archive copy, a party's website, a link in a body or
/// FAQ answer), and where it is written.</summary>
public sealed record ExternalLink(string Url, SourceLocation Location, string What)
{
    /// <summary>Every external address in the content, in content order: each entry's sources, archives, body and FAQ answers,
    /// then each party's website and body.</summary>
    public static IReadOnlyList<ExternalLink> Collect(SiteContent content)
    {
        var links = new List<ExternalLink>();
        foreach (var entry in content.Entries)
        {
            foreach (var source in entry.Sources)
            {
                if (source.Url is not null) links.Add(new(source.Url, source.Location, $"the source '{source.Title}'"));
                if (source.Archived is not null) links.Add(new(source.Archived, source.Location, $"the archive copy of '{source.Title}'"));
            }
            links.AddRange(MarkdownLinks.External(entry.BodyMarkdown, entry.Location.Path, entry.BodyFirstLine, $"a link in '{entry.Event}'"));
            // An answer's own position is not kept, so its links are reported at the FAQ item.
            foreach (var item in entry.Faq)
                links.AddRange(MarkdownLinks.External(item.AnswerMarkdown, item.Location.Path, item.Location.Line, $"a link in the answer to '{item.Question}'")
                    .Select(l => l with { Location = item.Location }));
        }
        foreach (var party in content.Parties)
        {
            if (party.Website is not null) links.Add(new(party.Website, party.Location, $"the website of '{party.Name}'"));
            links.AddRange(MarkdownLinks.External(party.BodyMarkdown, party.Location.Path, party.BodyFirstLine, $"a link on the page of '{party.Name}'"));
        }
        return links;
    }

    /// <summary>Sources that have a live URL but no archive copy yet: the ones a maintainer should archive before they rot.</summary>
    public static IReadOnlyList<(Source Source, string Entry)> Unarchived(SiteContent content) =>
        content.Entries.SelectMany(e => e.Sources.Where(s => s.Url is not null && s.Archived is null).Select(s => (s, e.Event))).ToList();
}
