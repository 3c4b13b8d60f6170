namespace Explainer.Tests.Data;

/// <summary>
/// Inline files for the data tests: the minimal site with a licence, plus entries whose headlines and summaries are hostile to
/// CSV and iCalendar (formula signs, quotes, commas, semicolons, backslashes, line breaks, long non-ASCII text) and dates of every kind.
/// </summary>
public static class DataSite
{
    public const string SiteYml = """
        title: Test Explainer
        description: A tiny site for tests, with commas, semicolons; and a backslash \ too.
        language: en
        url: https://example.org/explainer/
        repository: https://github.com/example/explainer
        license: CC-BY-4.0
        """;

    /// <summary>Headlines a spreadsheet would run as formulas if they reached a cell unchanged.</summary>
    public static readonly IReadOnlyList<string> HostileHeadlines =
    [
        "=HYPERLINK(\"https://evil.example/\",\"Click\")",
        "+1+2 Acme rises",
        "-2 Acme falls",
        "@SUM(A1:A2) Acme sums",
        " =1+1 with a leading space",
        "＝1+1 full-width sign",
    ];

    public static Dictionary<string, string> Files()
    {
        var files = new Dictionary<string, string> { ["site.yml"] = SiteYml };
        for (var i = 0; i < HostileHeadlines.Count; i++)
        {
            files[$"entries/2025/hostile-{i}.md"] = Entry(HostileHeadlines[i].Replace("\"", "\\\""), $"2025-0{i + 1}-1{i}",
                i == 0 ? "=cmd|' /C calc'!A0 in the summary" : "A summary, with a comma; a \\\"quote\\\" and a line\\nbreak.");
        }
        files["entries/2026/about-a-day.md"] = Entry("Acme, maybe; on a day \\\\ with a backslash", "2026-02-03~", "An approximate day.");
        files["entries/2026/uncertain-month.md"] = Entry("Acme in a month", "2026-03?", "Only the month is known.");
        files["entries/2026/by-a-day.md"] = Entry("Acme by a day", "../2026-04-04", "Known only to have happened by then.");
        files["entries/2026/long-unicode.md"] = Entry(
            "Ärger über Überwachung: 監視ソフトウェアの禁止と影響について詳しく説明する長い見出し 🚫🤖 mit Umlauten",
            "2026-05-06", "Ein längerer Text: 日本語の文章がここにあります。絵文字も 🎉 含まれます。");
        files["entries/2026/acme-launches-widget.md"] = RichEntry;
        return files;
    }

    /// <summary>An entry with every field the data records carry: the one whose record is snapshot-tested.</summary>
    public const string RichEntry = """
        ---
        event: Acme launches Widget
        date: 2026-03-05
        parties: [acme, widget]
        summary: Acme launched Widget, its first product.
        tags: [launches]
        status: confirmed
        sources:
          - title: Acme launches Widget
            publisher: Example News
            published: 2026-03-05
            url: https://example.org/news/widget
            archived: https://web.archive.org/web/2026/https://example.org/news/widget
          - title: Widget, a month on
            publisher: Example Weekly
            published: 2026-04
        faq:
          - question: What is Widget?
            answer: A product of [Acme](/parties/acme/).
        published: 2026-03-06
        updated: 2026-04-10
        corrections:
          - date: 2026-04-10
            text: The launch was first dated *4 March*.
        ---
        Acme **launched** Widget.
        """;

    private static string Entry(string headline, string date, string summary) => $"""
        ---
        event: "{headline}"
        date: "{date}"
        parties: [acme]
        summary: "{summary}"
        tags: [launches]
        sources:
          - title: A report
            publisher: Example News
            published: 2026-06-01
            url: https://example.org/news/report
        ---
        Body.
        """;
}
