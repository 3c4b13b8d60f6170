using Explainer.Model;

namespace Explainer.Scaffolding;

/// <summary>What <c>new</c> knows about an entry before the contributor edits it.</summary>
public sealed record EntryDraft(string Event, PartialDate Date, IReadOnlyList<string> Parties);

/// <summary>
/// The text of a new entry: every field with a comment saying what it is for. Required fields the command cannot know
/// (summary, the first source) are left empty on purpose: <c>check</c> reports each at its line until it is filled,
/// and an empty value is what the JSON Schema flags in the editor too. Optional fields are commented out.
/// </summary>
public static class EntryScaffold
{
    public static string Render(EntryDraft draft, string schemaPath) =>
        Text(YamlText.Quoted(draft.Event), draft.Date.Iso, string.Join(", ", draft.Parties), schemaPath);

    /// <summary>The same file with the headline, date and parties empty too: what the site's "Propose an entry" link opens on GitHub.</summary>
    public static string Blank(string schemaPath) =>
        string.Join('\n', Text("", "", "", schemaPath).Split('\n').Select(l => l.TrimEnd()));

    private static string Text(string @event, string date, string parties, string schemaPath) => $$"""
        ---
        # yaml-language-server: $schema={{schemaPath}}
        # One event, told neutrally, every claim sourced. Field reference and sourcing rules: CONTRIBUTING.md.
        # Fill in the empty fields, then run: dotnet run -- check

        # Headline: what happened, in plain words. Attribute what is not confirmed ("…, reports say").
        event: {{@event}}
        # When it happened: YYYY-MM-DD, or YYYY-MM / YYYY when only that much is known.
        date: {{date}}
        # Who is involved: ids of files in input/parties/ (add one with: dotnet run -- new --party ID).
        parties: [{{parties}}]
        # One or two plain, neutral sentences, shown on the timeline and in search results.
        summary:
        # reported (the default, until a primary source confirms it) | confirmed | disputed | retracted
        status: reported
        # Where every claim comes from: one or more publications.
        sources:
          - title:        # the headline as published
            publisher:    # who published it, e.g. Reuters
            published:    # when: YYYY-MM-DD
            # url: https://example.org/article            # the article (http or https)
            # archived: https://web.archive.org/web/…     # an archive copy, in case the article moves
        # Optional: topics, as lower-case words joined by hyphens.
        # tags: [corporate-policy]
        # Optional: questions readers ask, answered from the sources (Markdown allowed in answers).
        # faq:
        #   - question: What is …?
        #     answer: …
        # Optional: when this entry last changed in substance: YYYY-MM-DD.
        # updated: 2026-07-11
        # Optional: the page address (entries/SLUG/); defaults to the file name.
        # slug: a-shorter-address
        ---
        <!--
        The body, in Markdown. Suggested sections: "## What happened", "## Context", "## Why it matters".
        Attribute every claim ("according to …", "reportedly"); link other pages as /entries/SLUG/ or /parties/ID/.
        This comment is not published.
        -->

        """;
}
