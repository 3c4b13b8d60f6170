using Explainer.Diagnostics;
using Explainer.Model;
using Explainer.SiteModel;
using Explainer.Validation;

namespace Explainer.Markdown;

/// <summary>Renders every entry body, FAQ answer and party body (in parallel), collecting internal links and diagnostics.</summary>
public static class ContentRenderer
{
    public sealed record Result(
        IReadOnlyList<RenderedEntry> Entries,
        IReadOnlyList<RenderedParty> Parties,
        IReadOnlyList<InternalLink> Links,
        IReadOnlyList<Diagnostic> Diagnostics)
    {
        public IReadOnlyList<RenderedPage> Pages { get; init; } = [];
    }

    /// <summary>Rendered Markdown parts with their links and diagnostics gathered once: preview keeps an unchanged entry's
    /// rendering, so a save does not gather 10,000 entries' again.</summary>
    /// <param name="Whole">What only the parts together show (<see cref="PageWeightRule"/>), after the parts' own findings.</param>
    public abstract record Rendering(IReadOnlyList<RenderedMarkdown> Parts, IReadOnlyList<Diagnostic> Whole)
    {
        public IReadOnlyList<InternalLink> Links { get; } = Gather(Parts, p => p.Links);

        public IReadOnlyList<Diagnostic> Diagnostics { get; } = Whole.Count == 0 ? Gather(Parts, p => p.Diagnostics) : [.. Gather(Parts, p => p.Diagnostics), .. Whole];
    }

    /// <summary>An entry with its body, FAQ answers and corrections rendered.</summary>
    public sealed record EntryRendering(RenderedEntry Entry, IReadOnlyList<RenderedMarkdown> Parts, IReadOnlyList<Diagnostic> Whole) : Rendering(Parts, Whole)
    {
        /// <summary>The same, its entry without the body's Markdown, which <see cref="RenderedEntry.BodyHtml"/> now stands for.</summary>
        public EntryRendering WithoutMarkdown() => this with { Entry = Entry with { Entry = Entry.Entry with { BodyMarkdown = "" } } };
    }

    /// <summary>A party with its body and corrections rendered.</summary>
    public sealed record PartyRendering(RenderedParty Party, IReadOnlyList<RenderedMarkdown> Parts, IReadOnlyList<Diagnostic> Whole) : Rendering(Parts, Whole);

    public static Result Render(SiteContent content, MarkdownRenderer markdown) => Render(content, markdown, RenderEntry, RenderParty);

    /// <summary>The same, with the per-item renderers given (preview passes ones that remember unchanged entries).</summary>
    public static Result Render(SiteContent content, MarkdownRenderer markdown,
        Func<Entry, MarkdownRenderer, EntryRendering> renderEntry, Func<Party, MarkdownRenderer, PartyRendering> renderParty)
    {
        var entries = content.Entries.AsParallel().AsOrdered().Select(e => renderEntry(e, markdown)).ToList();
        var parties = content.Parties.AsParallel().AsOrdered().Select(p => renderParty(p, markdown)).ToList();

        var pages = content.Pages.Select(p => (Page: p, Body: markdown.Render(p.BodyMarkdown, p.Location.Path, p.BodyFirstLine).OnPage(SitePaths.Page(p.Slug)))).ToList();

        var links = new List<InternalLink>();
        var diagnostics = new List<Diagnostic>();
        foreach (var rendering in entries.Concat<Rendering>(parties))
        {
            links.AddRange(rendering.Links);
            diagnostics.AddRange(rendering.Diagnostics);
        }
        foreach (var (page, body) in pages)
        {
            links.AddRange(body.Links);
            diagnostics.AddRange(body.Diagnostics);
            diagnostics.AddRange(PageWeightRule.Check("this page", FirstLine(page.Location), [body.Html], PageWeightRule.Shorten));
        }
        return new Result(entries.Select(e => e.Entry).ToList(), parties.Select(p => p.Party).ToList(), links, diagnostics)
        {
            Pages = pages.Select(p => new RenderedPage(p.Page, p.Body.Html)).ToList(),
        };
    }

    public static EntryRendering RenderEntry(Entry entry, MarkdownRenderer markdown)
    {
        // Body headings take ids the FAQ and source anchors have not; answers also appear on the FAQ page beside other
        // entries' answers, so headings in them get no id at all.
        var body = markdown.Render(entry.BodyMarkdown, entry.Location.Path, entry.BodyFirstLine, PageIds.ForEntry(entry)).OnPage(SitePaths.Entry(entry.Slug));
        var answers = entry.Faq
            .Select(f => (Item: f, Answer: InFile(markdown.Render(f.AnswerMarkdown, f.Location.Path, 1, PageIds.None), f.AnswerOrigin, f.Location).OnPage(null)))
            .ToList();
        var corrections = RenderCorrections(entry.Corrections, markdown, "entry-" + entry.Slug);
        var rendered = new RenderedEntry(entry, body.Html, answers.Select(a => new RenderedFaq(a.Item, FootnoteIds.Scoped(a.Answer.Html, a.Item.Anchor))).ToList())
        {
            Corrections = corrections.Select(c => c.Rendered).ToList(),
        };
        RenderedMarkdown[] parts = [body, .. answers.Select(a => a.Answer), .. corrections.Select(c => c.Markdown)];
        return new EntryRendering(rendered, parts, PageWeightRule.Check("this entry", FirstLine(entry.Location), parts.Select(p => p.Html), PageWeightRule.SplitEntry));
    }

    public static PartyRendering RenderParty(Party party, MarkdownRenderer markdown)
    {
        var body = markdown.Render(party.BodyMarkdown, party.Location.Path, party.BodyFirstLine).OnPage(SitePaths.Party(party.Id));
        var corrections = RenderCorrections(party.Corrections, markdown, "party-" + party.Id);
        var rendered = new RenderedParty(party, body.Html) { Corrections = corrections.Select(c => c.Rendered).ToList() };
        RenderedMarkdown[] parts = [body, .. corrections.Select(c => c.Markdown)];
        return new PartyRendering(rendered, parts, PageWeightRule.Check("this party", FirstLine(party.Location), parts.Select(p => p.Html), PageWeightRule.Shorten));
    }

    /// <summary>What Markdown rendered from a front matter value found, located in the file instead of in the value's text.</summary>
    /// <param name="item">Where the item holding the value starts: its lines stand for the text's when the origin is unknown.</param>
    private static RenderedMarkdown InFile(RenderedMarkdown rendered, TextOrigin? origin, SourceLocation item)
    {
        if (rendered.Links.Count == 0 && rendered.Diagnostics.Count == 0) return rendered;
        var at = origin ?? new TextOrigin(item.Line, 1, 0);
        return rendered with
        {
            Links = rendered.Links.Select(l => l with { Location = at.Map(l.Location) }).ToList(),
            Diagnostics = rendered.Diagnostics.Select(d => d with { Location = at.Map(d.Location) }).ToList(),
        };
    }

    /// <summary>The top of the file a location is in: a finding about the whole file points there.</summary>
    private static SourceLocation FirstLine(SourceLocation location) => new(location.Path, 1, 1);

    /// <summary>Corrections newest first (ties keep their written order); <paramref name="owner"/> names the entry or party on the
    /// corrections page, where every correction of the site is shown.</summary>
    private static List<(RenderedCorrection Rendered, RenderedMarkdown Markdown)> RenderCorrections(IReadOnlyList<Correction> corrections, MarkdownRenderer markdown, string owner) =>
        corrections
            .Select((c, i) => (Correction: c, Index: i))
            .OrderByDescending(c => c.Correction.Date.FirstDay).ThenBy(c => c.Index)
            .Select(c =>
            {
                var text = InFile(markdown.Render(c.Correction.TextMarkdown, c.Correction.Location.Path, 1), c.Correction.TextOrigin, c.Correction.Location).OnPage(null);
                return (new RenderedCorrection(c.Correction, FootnoteIds.Scoped(text.Html, $"{owner}-correction-{c.Index + 1}")), text);
            })
            .ToList();

    /// <summary>One list of what the parts found, in order; most parts find nothing, so most lists are empty and shared.</summary>
    private static IReadOnlyList<T> Gather<T>(IReadOnlyList<RenderedMarkdown> parts, Func<RenderedMarkdown, IReadOnlyList<T>> found)
    {
        var count = 0;
        foreach (var part in parts) count += found(part).Count;
        if (count == 0) return [];
        var all = new List<T>(count);
        foreach (var part in parts) all.AddRange(found(part));
        return all;
    }
}
