using System.Text.Json;
using Explainer.SiteModel;

namespace Explainer.Data;

/// <summary>
/// One entry as data (schemas/data/entries.schema.json, "entry"): headline, summary, date as written with its bounds, status,
/// parties and tags resolved to names and pages, sources, questions with Markdown answers, record dates, page URL and corrections.
/// The body is left out: it is the page itself, and the Markdown file in the repository.
/// </summary>
public static class EntryRecord
{
    /// <param name="published">When the entry was first published (<see cref="RecordDates"/>), or null.</param>
    /// <param name="updated">When it last changed, or null.</param>
    public static byte[] Json(Site site, RenderedEntry rendered, DateOnly? published, DateOnly? updated) =>
        JsonData.Record(json => Write(json, site, rendered, published, updated));

    private static void Write(Utf8JsonWriter json, Site site, RenderedEntry rendered, DateOnly? published, DateOnly? updated)
    {
        var entry = rendered.Entry;
        var url = site.Urls.Absolute(SitePaths.Entry(entry.Slug));

        json.WriteStartObject();
        json.WriteString("slug", entry.Slug);
        json.WriteString("url", url);
        json.WriteString("event", entry.Event);
        json.WriteString("summary", entry.Summary);
        JsonData.Date(json, "date", entry.Date);
        json.WriteNumber("year", ListKeys.Year(entry));
        json.WriteString("status", entry.Status.ToString().ToLowerInvariant());

        json.WriteStartArray("parties");
        foreach (var reference in entry.Parties)
        {
            // An unknown id is an error of its own; the build still makes everything else so one run reports every problem.
            if (!site.PartiesById.TryGetValue(reference.Id, out var known)) continue;
            var party = known.Party;
            json.WriteStartObject();
            json.WriteString("id", party.Id);
            json.WriteString("name", party.Name);
            json.WriteString("kind", party.Kind.ToString().ToLowerInvariant());
            json.WriteString("url", site.Urls.Absolute(SitePaths.Party(party.Id)));
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("tags");
        foreach (var tag in entry.Tags)
        {
            json.WriteStartObject();
            json.WriteString("slug", tag.Id);
            json.WriteString("name", site.Settings.TagNames.Of(tag.Id));
            json.WriteString("url", site.Urls.Absolute(SitePaths.Tag(tag.Id)));
            json.WriteEndObject();
        }
        json.WriteEndArray();

        JsonData.Sources(json, entry.Sources);

        json.WriteStartArray("faq");
        foreach (var faq in entry.Faq)
        {
            json.WriteStartObject();
            json.WriteString("question", faq.Question);
            json.WriteString("answer", faq.AnswerMarkdown);
            json.WriteString("url", url + "#" + faq.Anchor);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        JsonData.Day(json, "published", published);
        JsonData.Day(json, "updated", updated);
        JsonData.Corrections(json, rendered.Corrections);
        json.WriteEndObject();
    }
}
