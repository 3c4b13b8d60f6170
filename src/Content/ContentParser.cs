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
        var (settings, settingsDiagnostics) = SiteSettingsParser.Parse(input.SiteSettings, input.Folder);
        var entries = input.Entries.AsParallel().AsOrdered().Select(parseEntry).ToList();
        var parties = input.Parties.AsParallel().AsOrdered().Select(parseParty).ToList();
        var pages = input.Pages.Select(PageParser.Parse).ToList();

        var diagnostics = settingsDiagnostics
            .Concat(entries.SelectMany(e => e.Diagnostics))
            .Concat(parties.SelectMany(p => p.Diagnostics))
            .Concat(pages.SelectMany(p => p.Diagnostics))
            .ToList();
        if (settings is null) return (null, diagnostics);

        var content = new SiteContent(settings,
            entries.Select(e => e.Entry).OfType<Entry>().ToList(),
            parties.Select(p => p.Party).OfType<Party>().ToList())
        {
            Pages = pages.Select(p => p.Page).OfType<Page>().ToList(),
        };
        return (content, diagnostics);
    }
}
