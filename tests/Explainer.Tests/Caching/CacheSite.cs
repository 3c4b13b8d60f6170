using Explainer.Tests.Support;

namespace Explainer.Tests.Caching;

/// <summary>A small site with intervals, qualifiers, corrections, former questions and a warning (a source without a link).</summary>
public static class CacheSite
{
    public static readonly IReadOnlyDictionary<string, string> Files = new Dictionary<string, string>(SiteBuild.MinimalSite)
    {
        ["entries/2026/everything.md"] = """
            ---
            event: Everything an entry can say
            date: 2025-09/2026-03~
            parties: [acme, widget]
            summary: An entry that uses every field.
            tags: [launches, policy]
            status: disputed
            published: 2026-03-06
            updated: 2026-04-01
            sources:
              - title: One
                publisher: Example News
                published: 2026-03-05?
                url: https://example.org/a
                archived: https://web.archive.org/web/2026/https://example.org/a
              - title: Two
                publisher: Other Paper
                published: 2026-03-06
            faq:
              - question: What changed?
                answer: See [Acme](/parties/acme/) and this.
                formerly: [What was it?]
              - question: Who said so?
                answer: Nobody *on record*.
            corrections:
              - date: 2026-03-07
                text: First *fix*.
              - date: 2026-03-09
                text: Second fix, with [a link](/entries/acme-launches-widget/).
            ---
            ## Heading

            Body with [a link](/entries/acme-launches-widget/) and <b>bold</b>
            text. ü, 中文 and 🙂 survive.
            """,
        ["entries/2025/open-ended.md"] = """
            ---
            event: Something with an open start
            date: ../2025-12%
            parties: [acme]
            summary: An entry with an open interval and no FAQ.
            tags: [policy]
            sources:
              - title: Three
                publisher: Example News
                published: 2025-12-01
                url: https://example.org/c
            ---
            Short body.
            """,
    };
}
