using Explainer.Model;

namespace Explainer.Scaffolding;

/// <summary>What <c>new</c> knows about an entry before the contributor edits it.</summary>
public sealed record EntryDraft(string Event, EdtfDate Date, IReadOnlyList<string> Parties);

/// <summary>
/// The text of a new entry: every field with a comment saying what it is for. Required fields the command cannot know
/// (summary, the first source) are left empty on purpose: <c>check</c> reports each at its line until it is filled,
/// and an empty value is what the JSON Schema flags in the editor too. Optional fields are commented out.
/// </summary>
public static class EntryScaffold
{
    public static string Render(EntryDraft draft, string schemaPath) =>
        Text(YamlText.Quoted(draft.Event), draft.Date.Edtf, string.Join(", ", draft.Parties), schemaPath);

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
        # When it happened, saying only what is known (EDTF): 2026-07-10, or 2026-07 / 2026; add ? if uncertain,
        # ~ if approximate (2026-03?); an interval 2025-09/2026-03; ../2026-07-04 = "by 4 July 2026"; 2026-07-10/.. = "from".
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
        # Optional: when this entry last changed in substance: YYYY-MM-DD (in a git checkout, the commit dates are shown instead).
        # updated: 2026-07-11
        # Optional: corrections made after publication, each shown at the top of the page and on /corrections/.
        # corrections:
        #   - date: 2026-07-12
        #     text: The start date was given as 1 July; the source says 10 July.
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
