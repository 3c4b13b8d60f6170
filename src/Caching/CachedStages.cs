using System.Collections.Concurrent;
using Explainer.Build;
using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.Markdown;
using Explainer.Model;

namespace Explainer.Caching;

/// <summary>
/// The full build's stages, taking each entry file's parse and Markdown results from <see cref="ContentCache"/> when the file is
/// unchanged since a build that made them, and adding what it makes for the next build. Everything else is built as usual.
/// </summary>
public sealed class CachedStages(ContentCache cache) : BuildStages
{
    // Parsing finds a file's results; its Markdown stage, which runs later on the parsed entry, takes them from here.
    private readonly ConcurrentDictionary<Entry, EntryCodec.Results> _found = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<Entry, (InputFile File, UInt128 Key, IReadOnlyList<Diagnostic> Diagnostics)> _parsed = new(ReferenceEqualityComparer.Instance);

    public override (Entry? Entry, IReadOnlyList<Diagnostic> Diagnostics) ParseEntry(InputFile file)
    {
        var key = ContentCache.Key(file);
        if (cache.Find(key) is { } bytes && Decode(file, bytes) is { } found)
        {
            _found[found.Entry] = found;
            _parsed[found.Entry] = (file, key, found.ParseDiagnostics);
            cache.Keep(key, bytes);
            return (found.Entry, found.ParseDiagnostics);
        }
        var parsed = base.ParseEntry(file);
        if (parsed.Entry is not null) _parsed[parsed.Entry] = (file, key, parsed.Diagnostics);
        return parsed;
    }

    public override ContentRenderer.EntryRendering RenderEntry(Entry entry, MarkdownRenderer markdown)
    {
        // Links are written with the site's base path, so results made for another one are made again.
        if (_found.TryGetValue(entry, out var found) && found.BasePath == markdown.BasePath) return found.Rendering;
        var rendering = base.RenderEntry(entry, markdown);
        if (_parsed.TryGetValue(entry, out var parsed))
        {
            var results = new EntryCodec.Results(entry, parsed.Diagnostics, rendering, markdown.BasePath);
            cache.Add(parsed.Key, () => EntryCodec.Encode(parsed.File, results));
        }
        return rendering;
    }

    /// <summary>Every entry is parsed and rendered by now: the cache is written while the rest of the build runs.</summary>
    public override SiteModel.Site BuildSite(Model.SiteSettings settings, SiteModel.SiteUrls urls, IReadOnlyList<SiteModel.RenderedEntry> entries,
        IReadOnlyList<SiteModel.RenderedParty> parties, IReadOnlyList<SiteModel.RenderedPage> pages, History.RepositoryHistory history)
    {
        cache.StartSaving();
        return base.BuildSite(settings, urls, entries, parties, pages, history);
    }

    /// <summary>Null for bytes that do not decode: they are made again rather than failing the build.</summary>
    private static EntryCodec.Results? Decode(InputFile file, ReadOnlyMemory<byte> bytes)
    {
        try
        {
            return EntryCodec.Decode(file, bytes);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or ArgumentException or IndexOutOfRangeException or FormatException)
        {
            return null;
        }
    }
}
