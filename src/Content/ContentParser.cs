using Explainer.Diagnostics;
using Explainer.Model;

namespace Explainer.Content;

/// <summary>Parses every loaded file into typed records (in parallel; each file is independent) and gathers their diagnostics.</summary>
public static class ContentParser
{
    public static (SiteContent? Content, IReadOnlyList<Diagnostic> Diagnostics) Parse(InputSet input) =>
        Parse(input, EntryParser.Parse, PartyParser.Parse);

    /// <summary>The same, with the per-file parsers given (preview passes ones that remember unchanged files).</summary>
    public static (SiteContent? Content, IReadOnlyList<Diagnostic> Diagnostics) Parse(InputSet input,
        Func<InputFile, (Entry? Entry, IReadOnlyList<Diagnostic> Diagnostics)> parseEntry,
        Func<InputFile, (Party? Party, IReadOnlyList<Diagnostic> Diagnostics)> parseParty)
    {
        var (settings, settingsDiagnostics) = input.SiteSettingsUnread
            ? (null, [])
            : SiteSettingsParser.Parse(input.SiteSettings, input.Folder);
        // Each result goes through the parallel query as a class: a tuple there made the runtime compile its own copy of PLINQ's code.
        var entries = input.Entries.AsParallel().AsOrdered().Select(f => Parsed<Entry>.Of(parseEntry(f))).ToList();
        var parties = input.Parties.AsParallel().AsOrdered().Select(f => Parsed<Party>.Of(parseParty(f))).ToList();
        var pages = input.Pages.Select(PageParser.Parse).ToList();

        var diagnostics = settingsDiagnostics
            .Concat(entries.SelectMany(e => e.Diagnostics))
            .Concat(parties.SelectMany(p => p.Diagnostics))
            .Concat(pages.SelectMany(p => p.Diagnostics))
            .ToList();
        if (settings is null) return (null, diagnostics);

        var content = new SiteContent(settings,
            entries.Select(e => e.Item).OfType<Entry>().ToList(),
            parties.Select(p => p.Item).OfType<Party>().ToList())
        {
            Pages = pages.Select(p => p.Page).OfType<Page>().ToList(),
        };
        return (content, diagnostics);
    }

    /// <summary>One file's parse: what it gave, if anything, and what was found in it.</summary>
    private sealed record Parsed<T>(T? Item, IReadOnlyList<Diagnostic> Diagnostics) where T : class
    {
        public static Parsed<T> Of((T? Item, IReadOnlyList<Diagnostic> Diagnostics) parsed) => new(parsed.Item, parsed.Diagnostics);
    }
}
