using System.Text.RegularExpressions;
using Explainer.Tests.Support;

namespace Explainer.Tests.Integration;

/// <summary>
/// Footnotes in texts that share a page (an entry's body and its answers; every correction on the corrections page) get ids of
/// their own, so no id is given twice and each note's link leads to its own note.
/// </summary>
public partial class FootnoteIdTests
{
    private const string Entry = "entries/2026/acme-launches-widget.md";

    [Fact]
    public void Footnotes_of_the_body_answers_and_corrections_keep_apart_on_every_page()
    {
        var text = SiteBuild.MinimalSite[Entry]
            .Replace("answer: A product of [Acme](/parties/acme/).", "answer: \"A product of Acme.[^n]\\n\\n[^n]: The answer's note.\"")
            .Replace("tags: [launches]", "tags: [launches]\ncorrections:\n  - date: 2026-04-01\n    text: \"Fixed the date.[^n]\\n\\n[^n]: The first correction's note.\"\n  - date: 2026-04-02\n    text: \"Fixed the name.[^n]\\n\\n[^n]: The second correction's note.\"")
            .Replace("Acme **launched** Widget.", "Acme **launched** Widget.[^n]\n\n[^n]: The body's note.");
        using var folder = new TempFolder();
        var site = SiteBuild.Generate(folder, new Dictionary<string, string> { [Entry] = text });
        Assert.True(site.Succeeded, string.Join("\n", site.Diagnostics));

        foreach (var page in new[] { "entries/acme-launches-widget/index.html", "corrections/index.html" })
        {
            var html = site.Text(page);
            var ids = Id().Matches(html).Select(m => m.Groups[1].Value).ToList();
            Assert.True(ids.Count == ids.Distinct().Count(), $"{page} gives an id twice: {string.Join(", ", ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key))}");
            var notes = FootnoteLink().Matches(html).Select(m => m.Groups[1].Value).ToList();
            Assert.NotEmpty(notes);
            Assert.All(notes, target => Assert.Contains(target, ids));
        }
        var entry = site.Text("entries/acme-launches-widget/index.html");
        Assert.Contains("The body's note.", NoteText(entry, "fn:1"));
        Assert.Contains("The answer's note.", NoteText(entry, "what-is-widget-fn:1"));
    }

    // The list item a note's id names, up to its end.
    private static string NoteText(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no element with id {id}");
        return html[start..html.IndexOf("</li>", start, StringComparison.Ordinal)];
    }

    [GeneratedRegex(@"\sid=""([^""]+)""")]
    private static partial Regex Id();

    [GeneratedRegex(@"href=""#([^""]*fn(?:ref)?:[^""]+)""")]
    private static partial Regex FootnoteLink();
}
