using System.Text.Json;
using Explainer.SiteModel;

namespace Explainer.Data;

/// <summary>
/// One party as data (schemas/data/parties.schema.json, "party"): name, kind, summary, country, website, owner, page URL,
/// how many entries involve it, its sources, when its page last changed, and corrections. The body is the page itself.
/// </summary>
public static class PartyRecord
{
    public static byte[] Json(Site site, RenderedParty rendered) => JsonData.Record(json => Write(json, site, rendered));

    private static void Write(Utf8JsonWriter json, Site site, RenderedParty rendered)
    {
        var party = rendered.Party;
        var (_, updated) = RecordDates.Of(site, party.RelativePath, null, party.Updated, party.Sources);

        json.WriteStartObject();
        json.WriteString("id", party.Id);
        json.WriteString("name", party.Name);
        json.WriteString("kind", party.Kind.ToString().ToLowerInvariant());
        json.WriteString("summary", party.Summary);
        JsonData.StringOrNull(json, "country", party.Country);
        JsonData.StringOrNull(json, "website", party.Website);
        JsonData.StringOrNull(json, "owner", party.Owner?.Id);
        json.WriteString("url", site.Urls.Absolute(SitePaths.Party(party.Id)));
        json.WriteNumber("entries", site.EntriesByParty.TryGetValue(party.Id, out var entries) ? entries.Count : 0);
        JsonData.Sources(json, party.Sources);
        JsonData.Day(json, "updated", updated);
        JsonData.Corrections(json, rendered.Corrections);
        json.WriteEndObject();
    }
}
