using System.Text.Encodings.Web;
using System.Text.Json;
using Explainer.Output;
using Explainer.SiteModel;

namespace Explainer.Pages;

/// <summary>
/// Keeps old links to <c>faq/#question</c> working now that every question lives on its entry's page: the FAQ index's script
/// (theme/assets/faq-anchors.js) looks an anchor the page does not have up in <c>faq/anchors/NN.json</c> and goes to the
/// question's home. The map is split by a hash of the anchor so one lookup fetches tens of KB at most, however many questions the site has.
/// </summary>
public static class FaqAnchorMap
{
    /// <summary>
    /// Questions per file, roughly. A question takes 150-250 bytes (its anchor, and its page's address with the anchor there:
    /// long headlines make long slugs), so a lookup fetches ~35-60 KB (the 10,000-entry benchmark: 102 files of 34-58 KB; at
    /// 500 a file, they were 41 files of ~125 KB).
    /// </summary>
    private const int PerShard = 200;

    public static int Shards(int questions) => Math.Max(1, (questions + PerShard - 1) / PerShard);

    /// <summary>The file an anchor's entry is in. FNV-1a over UTF-16 code units; faq-anchors.js computes the same.</summary>
    public static int Shard(string anchor, int shards)
    {
        var hash = 2166136261u;
        foreach (var c in anchor)
        {
            hash ^= c;
            hash *= 16777619u;
        }
        return (int)(hash % (uint)shards);
    }

    public static string ShardPath(int shard) => $"{SitePaths.FaqAnchors}{shard}.json";

    /// <summary>
    /// Every anchor an old <c>faq/#…</c> link may carry, once each, with the root-relative URL of its entry's page and the anchor
    /// the question has there (its home is that page, <c>#</c> and that anchor): the questions' anchors, and their earlier wordings (<c>formerly:</c>)
    /// unless a question now has that wording. The URL is not joined here: 30,000 questions made as many strings used once.
    /// </summary>
    public static IEnumerable<(string Anchor, string Page, string QuestionAnchor)> Targets(Site site)
    {
        var current = site.Timeline.SelectMany(e => e.Faq.Select(f => f.Item.Anchor)).ToHashSet(StringComparer.Ordinal);
        var mapped = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in site.Timeline)
        {
            var page = entry.Faq.Count == 0 ? "" : site.Urls.Link(SitePaths.Entry(entry.Entry.Slug));
            foreach (var faq in entry.Faq)
            {
                foreach (var anchor in faq.Item.FormerAnchors.Where(a => !current.Contains(a)).Prepend(faq.Item.Anchor))
                {
                    if (mapped.Add(anchor)) yield return (anchor, page, faq.Item.Anchor);
                }
            }
        }
    }

    /// <summary>The map's files with the site they were made from, so that preview can tell when the next build's would be the same.</summary>
    public sealed record Made(Site Site, IReadOnlyList<OutputFile> Files);

    /// <summary>The map, or <paramref name="previous"/>'s files when no entry's slug or questions' anchors changed (preview: most saves).</summary>
    public static Made Files(Site site, Made? previous) =>
        previous is not null && SameAnchors(previous.Site, site) ? previous with { Site = site } : new Made(site, Files(site).ToList());

    private static bool SameAnchors(Site before, Site site) => before.Urls == site.Urls && TimelineChanges.Agree(before, site, SameAnchors);

    private static bool SameAnchors(RenderedEntry old, RenderedEntry now)
    {
        if (old.Entry.Slug != now.Entry.Slug || old.Faq.Count != now.Faq.Count) return false;
        for (var q = 0; q < now.Faq.Count; q++)
        {
            var (a, b) = (old.Faq[q].Item, now.Faq[q].Item);
            if (a.Anchor != b.Anchor || !a.FormerAnchors.SequenceEqual(b.FormerAnchors, StringComparer.Ordinal)) return false;
        }
        return true;
    }

    /// <summary>One JSON object per shard, anchor → root-relative URL of the question on its entry's page, keys in ordinal order.</summary>
    public static IEnumerable<OutputFile> Files(Site site)
    {
        var count = site.Timeline.Sum(e => e.Faq.Count);
        var shards = new List<(string Anchor, string Page, string QuestionAnchor)>[Shards(count)];
        for (var i = 0; i < shards.Length; i++) shards[i] = [];
        foreach (var target in Targets(site)) shards[Shard(target.Anchor, shards.Length)].Add(target);
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        for (var i = 0; i < shards.Length; i++)
        {
            // Sized for the shard (~100 bytes a question), so it is not grown and copied on the way.
            using var stream = new MemoryStream(shards[i].Count * 128 + 64);
            using (var json = new Utf8JsonWriter(stream, options))
            {
                json.WriteStartObject();
                foreach (var (anchor, page, questionAnchor) in shards[i].OrderBy(q => q.Anchor, StringComparer.Ordinal)) WriteTarget(json, anchor, page, questionAnchor);
                json.WriteEndObject();
            }
            stream.WriteByte((byte)'\n');
            yield return new OutputFile(ShardPath(i), stream.ToArray());
        }
    }

    /// <summary><c>"anchor": "page#questionAnchor"</c>, the URL put together in a buffer rather than a string of its own.</summary>
    private static void WriteTarget(Utf8JsonWriter json, string anchor, string page, string questionAnchor)
    {
        var length = page.Length + 1 + questionAnchor.Length;
        var rented = length > 256 ? System.Buffers.ArrayPool<char>.Shared.Rent(length) : null;
        var url = rented is null ? stackalloc char[length] : rented.AsSpan(0, length);
        page.CopyTo(url);
        url[page.Length] = '#';
        questionAnchor.CopyTo(url[(page.Length + 1)..]);
        json.WriteString(anchor, url);
        if (rented is not null) System.Buffers.ArrayPool<char>.Shared.Return(rented);
    }
}
