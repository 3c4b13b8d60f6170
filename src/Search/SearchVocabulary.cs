using System.Globalization;
using System.Text;
using System.Text.Json;
using Explainer.Output;
using Explainer.SiteModel;

namespace Explainer.Search;

/// <summary>
/// The site's own words for the search page's "Did you mean …?": party names, tag names and the words of headlines,
/// lower-cased, written at build time as search/words.json (issue 13). The search page fetches it only when a query finds
/// nothing, so it costs a normal search nothing. Capped at <see cref="MaxWords"/>: party and tag words always, then headline
/// words by how many headlines use them, so the file stays small (about 20 KB, 8 KB gzipped) at 10,000 entries.
/// </summary>
public static class SearchVocabulary
{
    public const int MaxWords = 2_000;

    /// <summary>Words shorter than this are not suggested: a typo in "of" or "X" has too many near neighbours to guess from.</summary>
    public const int MinLength = 3;

    // Common words would only ever be suggested for another common word; the search ignores none of them, so nothing is lost.
    private static readonly HashSet<string> CommonWords = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "from", "with", "its", "into", "over", "after", "before", "about", "that", "this", "says", "said",
        "are", "was", "were", "has", "have", "had", "not", "but", "than", "then", "out", "new", "who", "what", "why", "how",
    };

    // Each entry's headline words, for as long as the entry lives: preview's rebuilds keep unchanged entries, so a save
    // tokenises one headline, not 10,000.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Model.Entry, string[]> HeadlineWords = new();

    /// <summary>The words file with the site it was made from, so that preview can tell when the next build's would be the same.</summary>
    public sealed record Made(Site Site, OutputFile File);

    /// <summary>The words file, or <paramref name="previous"/>'s when every headline, party and tag has the same words (preview: most saves).</summary>
    public static Made Write(Site site, Made? previous) =>
        previous is not null && SameWords(previous.Site, site) ? previous with { Site = site } : new Made(site, Write(site));

    private static bool SameWords(Site before, Site site) =>
        before.Parties.SequenceEqual(site.Parties, ReferenceEqualityComparer.Instance)
        && before.EntriesByTag.Keys.SequenceEqual(site.EntriesByTag.Keys, StringComparer.Ordinal)
        && TimelineChanges.Agree(before, site, (old, now) => Headline(old.Entry).SequenceEqual(Headline(now.Entry), StringComparer.Ordinal));

    private static string[] Headline(Model.Entry entry) =>
        HeadlineWords.GetValue(entry, e => Tokens(e.Event).Distinct(StringComparer.Ordinal).ToArray());

    /// <summary><c>{"words":[…]}</c> and a newline, escaped as System.Text.Json escapes by default. Written with the JSON writer, not
    /// the serializer: serializing one anonymous object set up the serializer's reflection and ~50 methods the precompiled image
    /// lacks, every build.</summary>
    public static OutputFile Write(Site site)
    {
        var output = new System.Buffers.ArrayBufferWriter<byte>(32 * 1024);
        using (var json = new Utf8JsonWriter(output))
        {
            json.WriteStartObject();
            json.WriteStartArray("words");
            foreach (var word in Words(site)) json.WriteStringValue(word);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return new OutputFile(SitePaths.SearchVocabulary, [.. output.WrittenSpan, (byte)'\n']);
    }

    /// <summary>Party and tag words first (ordinal order), then headline words, most used first (ties in ordinal order).</summary>
    public static IReadOnlyList<string> Words(Site site)
    {
        var names = site.Parties.Select(p => p.Party.Name)
            .Concat(site.EntriesByTag.Keys.Select(t => t.Replace('-', ' ')))
            .SelectMany(Tokens)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var named = names.ToHashSet(StringComparer.Ordinal);
        var uses = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in site.Timeline.SelectMany(e => Headline(e.Entry)))
        {
            if (!named.Contains(word)) System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(uses, word, out _)++;
        }
        var headlineWords = uses.OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal).Select(w => w.Key);
        return names.Concat(headlineWords).Take(MaxWords).ToList();
    }

    /// <summary>Lower-cased runs of letters and digits ("Anthropic's" gives "anthropic"), as a reader would type them.</summary>
    public static IEnumerable<string> Tokens(string text)
    {
        var word = new StringBuilder();
        foreach (var c in Content.TextFolding.Compatible(text).Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLower(c, CultureInfo.InvariantCulture));
                continue;
            }
            // "Anthropic’s": the possessive ends the word rather than starting a word "s".
            var token = word.ToString();
            if (token.Length >= MinLength && !CommonWords.Contains(token) && !token.All(char.IsDigit)) yield return token;
            word.Clear();
        }
    }
}
