using Explainer.Diagnostics;
using Explainer.Model;
using Explainer.SiteModel;

namespace Explainer.Markdown;

/// <summary>Renders every entry body, FAQ answer and party body (in parallel), collecting internal links and diagnostics.</summary>
public static class ContentRenderer
{
    public sealed record Result(
        IReadOnlyList<RenderedEntry> Entries,
        IReadOnlyList<RenderedParty> Parties,
        IReadOnlyList<InternalLink> Links,
        IReadOnlyList<Diagnostic> Diagnostics);

    public static Result Render(SiteContent content, MarkdownRenderer markdown)
    {
        var entries = content.Entries.AsParallel().AsOrdered().Select(e => RenderEntry(e, markdown)).ToList();
        var parties = content.Parties.AsParallel().AsOrdered()
            .Select(p => (Party: p, Body: markdown.Render(p.BodyMarkdown, p.Location.Path, p.BodyFirstLine)))
            .ToList();

        var rendered = entries.SelectMany(e => e.Parts).Concat(parties.Select(p => p.Body)).ToList();
        return new Result(
            entries.Select(e => e.Entry).ToList(),
            parties.Select(p => new RenderedParty(p.Party, p.Body.Html)).ToList(),
            rendered.SelectMany(r => r.Links).ToList(),
            rendered.SelectMany(r => r.Diagnostics).ToList());
    }

    private static (RenderedEntry Entry, IReadOnlyList<RenderedMarkdown> Parts) RenderEntry(Entry entry, MarkdownRenderer markdown)
    {
        var body = markdown.Render(entry.BodyMarkdown, entry.Location.Path, entry.BodyFirstLine);
        var answers = entry.Faq
            .Select(f => (Item: f, Answer: markdown.Render(f.AnswerMarkdown, f.Location.Path, f.Location.Line)))
            .ToList();
        var rendered = new RenderedEntry(entry, body.Html, answers.Select(a => new RenderedFaq(a.Item, a.Answer.Html)).ToList());
        return (rendered, [body, .. answers.Select(a => a.Answer)]);
    }
}
