using System.Globalization;
using System.Text;

namespace Explainer.Benchmark;

/// <summary>
/// Writes a valid input folder of any size (site.yml, parties, entries with sources, FAQ, tags and internal links) for benchmarks.
/// Deterministic: the same count always gives the same files, so figures compare across runs and machines.
/// </summary>
public static class SyntheticSite
{
    public const int DefaultParties = 40;

    private static readonly string[] Tags =
    [
        "export-controls", "corporate-policy", "developer-tools", "access-restrictions", "distillation", "model-release",
        "security", "open-source", "regulation", "data-centres", "chips", "trade", "licensing", "safety", "research",
        "funding", "lawsuits", "privacy", "education", "procurement", "standards", "compute", "talent", "partnerships",
    ];

    private static readonly string[] Statuses = ["reported", "confirmed", "disputed", "retracted"];
    private static readonly string[] Kinds = ["company", "company", "product", "person", "government", "organization"];
    private static readonly string[] Countries = ["CN", "US", "GB", "FR", "DE", "JP", "KR", "SG", "IN", "CA"];

    /// <summary>Writes the whole site into <paramref name="inputFolder"/> (created if missing) and returns the entry files' paths inside it.</summary>
    public static IReadOnlyList<string> Write(string inputFolder, int entries, int parties = DefaultParties)
    {
        Directory.CreateDirectory(inputFolder);
        WriteFile(inputFolder, "site.yml", SiteYml());
        for (var i = 0; i < parties; i++) WriteFile(inputFolder, PartyPath(i), PartyText(i));
        var paths = new List<string>(entries);
        for (var i = 0; i < entries; i++)
        {
            WriteFile(inputFolder, EntryPath(i), EntryText(i, entries, parties));
            paths.Add(EntryPath(i));
        }
        return paths;
    }

    /// <summary>The path of entry <paramref name="index"/> inside the input folder, e.g. <c>entries/2003/event-00042.md</c>.</summary>
    public static string EntryPath(int index) => $"entries/{Date(index)[..4]}/{Slug(index)}.md";

    public static string Slug(int index) => $"event-{index:D5}";

    /// <summary>The text of entry <paramref name="index"/>; a non-zero <paramref name="revision"/> changes its summary and body (an "edit").</summary>
    public static string EntryText(int index, int entries, int parties = DefaultParties, int revision = 0)
    {
        var text = new StringBuilder();
        var partyIds = Enumerable.Range(0, 1 + index % 3).Select(k => PartyId((index * 7 + k * 13) % parties)).Distinct().ToList();
        var tags = Enumerable.Range(0, 1 + index % 3).Select(k => Tags[(index * 5 + k * 7) % Tags.Length]).Distinct().ToList();
        var edited = revision == 0 ? "" : $" (revision {revision})";

        text.Append("---\n");
        text.Append(CultureInfo.InvariantCulture, $"event: Synthetic event number {index}{edited}\n");
        text.Append(CultureInfo.InvariantCulture, $"date: {Date(index)}\n");
        text.Append(CultureInfo.InvariantCulture, $"parties: [{string.Join(", ", partyIds)}]\n");
        text.Append(CultureInfo.InvariantCulture, $"summary: \"A generated event used to measure build speed; number {index}{edited}.\"\n");
        text.Append(CultureInfo.InvariantCulture, $"tags: [{string.Join(", ", tags)}]\n");
        text.Append(CultureInfo.InvariantCulture, $"status: {Statuses[index % Statuses.Length]}\n");
        text.Append("sources:\n");
        for (var s = 0; s < 1 + index % 2; s++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - title: \"Report {s + 1} on event {index}\"\n");
            text.Append(CultureInfo.InvariantCulture, $"    publisher: Example Wire {s + 1}\n");
            text.Append(CultureInfo.InvariantCulture, $"    published: {Date(index)}\n");
            text.Append(CultureInfo.InvariantCulture, $"    url: https://example.org/news/{index}/{s}\n");
        }
        if (index % 10 == 0)
        {
            text.Append("faq:\n");
            text.Append(CultureInfo.InvariantCulture, $"  - question: What happened in synthetic event {index}?\n");
            text.Append(CultureInfo.InvariantCulture, $"    answer: \"It is generated; see [the parties](/parties/{partyIds[0]}/).\"\n");
        }
        text.Append("---\n");
        text.Append("## What happened\n\n");
        text.Append(CultureInfo.InvariantCulture,
            $"According to *Example Wire*, [{PartyName(index * 7 % parties)}](/parties/{partyIds[0]}/) did something noteworthy{edited}. ");
        text.Append("This paragraph exists to give the Markdown renderer a realistic amount of text to work through, ");
        text.Append("with **emphasis**, a `code span` and a link to [an outside page](https://example.org/background).\n\n");
        if (index > 0) text.Append(CultureInfo.InvariantCulture, $"It follows [the previous event](/entries/{Slug(index - 1)}/).\n\n");
        text.Append("## Why it matters\n\n");
        text.Append("- The first reason, stated plainly.\n- The second reason, with a [source](https://example.org/source).\n- A third one.\n\n");
        text.Append("| Party | Role |\n|---|---|\n");
        foreach (var id in partyIds) text.Append(CultureInfo.InvariantCulture, $"| {id} | involved |\n");
        return text.ToString();
    }

    private static string PartyPath(int index) => $"parties/{PartyId(index)}.md";

    private static string PartyId(int index) => $"party-{index:D3}";

    private static string PartyName(int index) => $"Party {index}";

    private static string PartyText(int index)
    {
        var kind = Kinds[index % Kinds.Length];
        // Products belong to the company just before them, which owns nothing itself, so ownership never loops.
        var owner = kind == "product" ? $"owner: {PartyId(index - 1)}\n" : "";
        return $"---\nname: {PartyName(index)}\nkind: {kind}\nsummary: \"A generated {kind} for benchmarks.\"\n" +
               $"country: {Countries[index % Countries.Length]}\nwebsite: https://example.org/{PartyId(index)}\n{owner}---\n" +
               $"{PartyName(index)} is a generated party. It appears in many synthetic events.\n";
    }

    /// <summary>Dates spread over about 27 years, one event every day; every seventh uses a month-only date.</summary>
    private static string Date(int index)
    {
        var day = new DateOnly(2000, 1, 1).AddDays(index);
        return index % 7 == 3 ? day.ToString("yyyy-MM", CultureInfo.InvariantCulture) : day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static string SiteYml() =>
        "title: Synthetic Explainer\ndescription: A generated site for measuring build speed.\nlanguage: en\n" +
        "url: https://example.org/explainer/\nrepository: https://github.com/example/explainer\n";

    private static void WriteFile(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
