using System.Globalization;
using Explainer.Rendering;
using Explainer.SiteModel;

namespace Explainer.Pages;

/// <summary>
/// Meta descriptions of the index pages, derived from what each page lists (counts, years, names, the latest event), so a
/// search engine's or a chat app's preview says what is on the page rather than a sentence shared by every site (issue 13).
/// </summary>
public static class PageDescriptions
{
    /// <summary>How many names a description lists before "and N more": a description is read in a one-line preview.</summary>
    public const int MaxNames = 6;

    /// <summary>"5 events from 2025 to 2026, by year, each with its status and sources. Latest: 4 July 2026, Alibaba bans Claude Code."</summary>
    public static string Timeline(IReadOnlyList<RenderedEntry> entries) =>
        entries.Count == 0 ? "No events have been published yet." : $"{Events(entries.Count)} {Span(entries)}{(Years(entries) > 1 ? ", by year" : "")}, each with its status and sources. {Latest(entries)}";

    /// <summary>"3 events tagged Distillation in 2026, each with its status and sources. Latest: …"</summary>
    public static string Tag(string name, IReadOnlyList<RenderedEntry> entries) =>
        entries.Count == 0 ? $"No events are tagged {name}." : $"{Events(entries.Count)} tagged {name} {Span(entries)}, each with its status and sources. {Latest(entries)}";

    /// <summary>"6 parties: Alibaba Group, Anthropic, Claude Code, Qoder, Thariq Shihipar and X."</summary>
    public static string Parties(IReadOnlyList<string> names) =>
        names.Count == 0 ? "No parties have been published yet." : $"{CountText.Of(names.Count, "party", "parties")}: {Names(names)}.";

    /// <summary>"4 tags: Access restrictions (2 events), Bans (1 event), …"</summary>
    public static string Tags(IReadOnlyList<(string Name, int Count)> tags) =>
        tags.Count == 0 ? "No events are tagged yet." : $"{CountText.Of(tags.Count, "tag", "tags")}: {Names(tags.Select(t => $"{t.Name} ({Events(t.Count)})").ToList())}.";

    /// <summary>"8 questions about 5 events, answered from their sources, such as “What is Qoder?”"</summary>
    public static string Faq(int questions, int events, string? firstQuestion) =>
        questions == 0 ? "No questions have been answered yet."
            : $"{CountText.Of(questions, "question", "questions")} about {Events(events)}, answered from their sources" +
              (firstQuestion is null ? "." : $", such as “{firstQuestion}”{(EndsSentence(firstQuestion) ? "" : ".")}");

    /// <summary>"Search 5 events, 8 questions and 6 parties on AI Policy Explainer."</summary>
    public static string Search(string siteTitle, int events, int questions, int parties) =>
        $"Search {Events(events)}, {CountText.Of(questions, "question", "questions")} and {CountText.Of(parties, "party", "parties")} on {siteTitle}.";

    /// <summary>"2 corrections to this site's pages, newest first." or that there are none yet.</summary>
    public static string Corrections(int corrections) =>
        corrections == 0 ? "No corrections have been made to this site's pages yet." : $"{CountText.Of(corrections, "correction", "corrections")} to this site's pages, newest first, each with the day it was made.";

    private static int Years(IReadOnlyList<RenderedEntry> entries) => entries.Select(e => ListKeys.Year(e)).Distinct().Count();

    private static string Span(IReadOnlyList<RenderedEntry> entries)
    {
        var first = entries.Min(e => ListKeys.Year(e));
        var last = entries.Max(e => ListKeys.Year(e));
        return first == last ? $"in {Year(first)}" : $"from {Year(first)} to {Year(last)}";
    }

    private static string Latest(IReadOnlyList<RenderedEntry> entries)
    {
        var latest = EntryGroups.Latest(entries, 1)[0].Entry;
        // The date first: "Latest: By 4 July 2026, …" reads as a sentence whatever form the date takes.
        return $"Latest: {latest.Date.Text}, {latest.Event}{(EndsSentence(latest.Event) ? "" : ".")}";
    }

    private static bool EndsSentence(string text) => text.Length > 0 && text[^1] is '.' or '?' or '!';

    private static string Names(IReadOnlyList<string> names)
    {
        if (names.Count == 1) return names[0];
        if (names.Count <= MaxNames) return string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
        return string.Join(", ", names.Take(MaxNames)) + $" and {names.Count - MaxNames} more";
    }

    private static string Events(int count) => CountText.Of(count, "event", "events");

    private static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);
}
